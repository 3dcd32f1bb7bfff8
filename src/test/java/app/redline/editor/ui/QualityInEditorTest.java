package app.redline.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.quality.Annotation;
import app.redline.quality.AnnotationService;
import app.redline.quality.ErrorCategory;
import app.redline.quality.ErrorSeverity;
import app.redline.quality.QualityService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class QualityInEditorTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired AnnotationService annotations;
    @Autowired QualityService quality;

    long documentId;
    SegmentSnapshot segment;

    @BeforeEach
    void translatedSegment() {
        documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The meeting reviewed the annual plan.").documentId();
        SegmentSnapshot imported = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(documentId, SegmentFilter.ALL, 0, 1)).getFirst();
        segment = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.save(imported.id(), "The meeting reviewed the plan for the year.", imported.version()));
    }

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void aReviewerMarksTheSelectedWordsAsAnErrorAndWithdrawsIt() {
        EditorView view = open("reviewer", Role.REVIEWER);
        view.activate(GridKt._get(view.grid, 0));
        assertThat(view.quality.markError.isVisible()).isTrue();
        assertThat(view.quality.report.getHref()).isEqualTo("quality/" + documentId);

        view.quality.mark(25, 42);
        MarkErrorDialog dialog = _get(MarkErrorDialog.class);
        dialog.confirm.click();
        assertThat(dialog.isOpened()).isTrue(); // a category and a severity are required
        dialog.category.setValue(ErrorCategory.ACCURACY);
        dialog.severity.setValue(ErrorSeverity.MAJOR);
        dialog.note.setValue("The source says 'annual work plan'.");
        dialog.confirm.click();

        assertThat(dialog.isOpened()).isFalse();
        Annotation marked = Roles.as("reviewer", Role.REVIEWER, () -> annotations.forSegment(segment.id())).getFirst();
        assertThat(marked.markedText()).isEqualTo("plan for the year");
        assertThat(marked.revisionNo()).isEqualTo(2);
        assertThat(view.quality.list.isVisible()).isTrue();

        Button withdraw = _get(view.quality.list, Button.class, spec -> spec.withText("Withdraw"));
        withdraw.click();
        ReasonDialog reason = _get(ReasonDialog.class);
        reason.reason.setValue("On second thought it is fine.");
        reason.confirm.click();

        assertThat(view.quality.list.isVisible()).isFalse();
        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> annotations.forSegment(segment.id())).getFirst().active()).isFalse();
    }

    @Test
    void withNothingSelectedTheWholeSegmentIsMarked() {
        EditorView view = open("reviewer", Role.REVIEWER);
        view.activate(GridKt._get(view.grid, 0));

        view.quality.mark(0, 0);
        MarkErrorDialog dialog = _get(MarkErrorDialog.class);
        dialog.category.setValue(ErrorCategory.STYLE);
        dialog.severity.setValue(ErrorSeverity.MINOR);
        dialog.confirm.click();

        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> annotations.forSegment(segment.id())).getFirst().markedText())
                .isEqualTo("The meeting reviewed the plan for the year.");
    }

    @Test
    void translatorsDoNotMarkErrors() {
        EditorView view = open("translator", Role.TRANSLATOR);
        assertThat(view.quality.markError.isVisible()).isFalse();
    }

    @Test
    void savesRecordTheActiveEditingTimeWithoutIdleGaps() {
        EditorView view = open("translator", Role.TRANSLATOR);
        var clock = new SettableClock(Instant.parse("2026-01-05T09:00:00Z"));
        view.editingTime.clock = clock;
        view.activate(GridKt._get(view.grid, 0));

        clock.now = clock.now.plusSeconds(20);
        view.editor.setValue("The meeting reviewed this year's plan.");
        assertThat(view.saveActive()).isTrue();
        clock.now = clock.now.plusSeconds(300); // away from the desk
        view.editor.setValue("The meeting reviewed the plan for this year.");
        assertThat(view.saveActive()).isTrue();

        long recorded = Roles.as("translator", Role.TRANSLATOR, () -> quality.documentReport(documentId)).effort().activeMillis();
        assertThat(recorded).isEqualTo(20_000);
    }

    private EditorView open(String user, Role role) {
        ViewTests.start(context, user, role);
        UI.getCurrent().navigate("edit/" + documentId);
        return _get(EditorView.class);
    }

    private static final class SettableClock extends Clock {
        Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
