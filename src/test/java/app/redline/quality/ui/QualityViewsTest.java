package app.redline.quality.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.quality.AnnotationService;
import app.redline.quality.ErrorCategory;
import app.redline.quality.ErrorSeverity;
import app.redline.quality.QualityService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class QualityViewsTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired AnnotationService annotations;
    @Autowired QualityService quality;

    ProjectInfo project;
    long documentId;
    SegmentSnapshot segment;

    /** One segment of 8 words with a major accuracy error: 625 points per 1,000 words. */
    @BeforeEach
    void annotatedDocument() {
        project = DocumentFixtures.newProject(projects);
        documentId = DocumentFixtures.importText(importer, project.id(), "The meeting reviewed the annual plan.").documentId();
        SegmentSnapshot imported = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(documentId, SegmentFilter.ALL, 0, 1)).getFirst();
        segment = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.save(imported.id(), "The meeting reviewed the plan for the year.", imported.version()));
        Roles.as("reviewer", Role.REVIEWER, () -> annotations.annotate(segment.id(), 2, 25, 42, ErrorCategory.ACCURACY,
                ErrorSeverity.MAJOR, "Say 'annual work plan'."));
    }

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void theDocumentViewShowsScoreVerdictCountsEffortAndLinksEachErrorToItsSegment() {
        ViewTests.start(context, "translator", Role.TRANSLATOR);
        UI.getCurrent().navigate("quality/" + documentId);
        DocumentQualityView view = _get(DocumentQualityView.class);

        assertThat(view.verdict.getText()).isEqualTo("Fail");
        assertThat(view.score.getText()).startsWith("625.0 penalty points per 1,000 words (pass at 10 or less): 5 points over 8");
        assertThat(GridKt._getFormattedRow(view.counts, 1)).containsExactly("Accuracy", "0", "1", "0", "1");
        assertThat(view.effort.getText()).contains("4 word edits over 9 tokens in 1 edited segments", "44.4 %");
        assertThat(GridKt._size(view.errors)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.errors, 0)).contains("Major", "Accuracy", "plan for the year",
                "Say 'annual work plan'.", "translator (rev. 2)", "reviewer");
        Anchor link = (Anchor) GridKt._getCellComponent(view.errors, 0, "segment");
        assertThat(link.getHref()).isEqualTo("edit/" + documentId + "?segment=" + segment.id());
        assertThat(GridKt._size(view.segments)).isEqualTo(1);
    }

    @Test
    void theTranslatorReportShowsReviewersEveryoneAndTranslatorsTheirOwnRows() {
        ViewTests.start(context, "reviewer", Role.REVIEWER);
        UI.getCurrent().navigate("review/quality");
        TranslatorQualityView view = _get(TranslatorQualityView.class);
        view.project.setValue(view.project.getListDataView().getItems()
                .filter(info -> info.id() == project.id()).findFirst().orElseThrow());

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).startsWith("translator", project.name(), "1", "8", "5", "625.0", "10", "Fail");

        ViewTests.stop();
        ViewTests.start(context, "translator2", Role.TRANSLATOR);
        UI.getCurrent().navigate("review/quality");
        TranslatorQualityView own = _get(TranslatorQualityView.class);
        // Within this project only: other tests in the shared database give translator2 rows of their own elsewhere.
        own.project.setValue(own.project.getListDataView().getItems()
                .filter(info -> info.id() == project.id()).findFirst().orElseThrow());
        assertThat(GridKt._size(own.grid)).isZero();
    }

    @Test
    void administratorsSetWeightsAndThresholdAndAbsurdValuesAreRefused() {
        ViewTests.start(context, "admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/quality");
        QualitySettingsView view = _get(QualitySettingsView.class);
        view.project.setValue(view.project.getListDataView().getItems()
                .filter(info -> info.id() == project.id()).findFirst().orElseThrow());
        assertThat(view.major.getValue()).isEqualTo(5);

        view.threshold.setValue(new BigDecimal("700"));
        view.save();
        assertThat(Roles.as("admin", Role.ADMIN, () -> quality.weights(project.id())).threshold()).isEqualByComparingTo("700");

        view.minor.setValue(50);
        view.save();
        assertThat(Roles.as("admin", Role.ADMIN, () -> quality.weights(project.id())).minor()).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsOpenTheSettings() {
        ViewTests.start(context, "reviewer", Role.REVIEWER);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/quality")).hasMessageContaining("Access is denied");
    }
}
