package app.redline.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.base.UserMessageException;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class DismissalServiceTest {

    @Autowired DismissalService dismissals;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;

    SegmentSnapshot segment;
    Issue issue;

    @BeforeEach
    void importSegment() {
        var project = DocumentFixtures.newProject(projects);
        ImportResult document = DocumentFixtures.importText(importer, project.id(), "The  meeting was held.");
        segment = Roles.as("translator", Role.TRANSLATOR, () -> segments.page(document.documentId(), SegmentFilter.ALL, 0, 1).getFirst());
        issue = new Issue("spacing", "double-space", Severity.WARNING, 3, 5, "Two spaces in a row.", List.of(" "));
    }

    @Test
    void aDismissedFindingStaysDismissedForThatTextOnlyAndIsListedWithItsReason() {
        Roles.as("translator", Role.TRANSLATOR, () -> dismissals.dismiss(segment.id(), segment.cleanText(), issue, "House style."));

        assertThat(Roles.as("reviewer", Role.REVIEWER,
                () -> dismissals.withoutDismissed(segment.id(), segment.cleanText(), List.of(issue)))).isEmpty();
        assertThat(Roles.as("reviewer", Role.REVIEWER,
                () -> dismissals.withoutDismissed(segment.id(), segment.cleanText() + " Edited.", List.of(issue)))).hasSize(1);
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> dismissals.forDocument(segment.documentId())))
                .singleElement().satisfies(dismissal -> {
                    assertThat(dismissal.reason()).isEqualTo("House style.");
                    assertThat(dismissal.dismissedBy()).isEqualTo("translator");
                    assertThat(dismissal.spanText()).isEqualTo("  ");
                });
    }

    @Test
    void dismissingNeedsAReasonAndAnEditingRole() {
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR,
                () -> dismissals.dismiss(segment.id(), segment.cleanText(), issue, " ")))
                .isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> Roles.as("glossary", Role.GLOSSARY_MANAGER,
                () -> dismissals.dismiss(segment.id(), segment.cleanText(), issue, "No.")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
