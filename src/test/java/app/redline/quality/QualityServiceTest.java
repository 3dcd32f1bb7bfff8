package app.redline.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.base.UserMessageException;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class QualityServiceTest {

    @Autowired QualityService quality;
    @Autowired AnnotationService annotations;
    @Autowired EditingTimeService editingTime;
    @Autowired ReviewService review;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;

    QualityFixture fixture;
    ProjectInfo project;
    List<SegmentSnapshot> document;

    /**
     * The worked example. Three segments; the translator post-edits the first two:
     * <pre>
     * 1 "The meeting reviewed the annual plan."  → "The meeting reviewed the plan for the year."  8 words
     * 2 "The committee adopted the report on Monday." → "The committee adopted its report on Monday."  7 words
     * 3 left alone, never approved or annotated: not evaluated
     * </pre>
     * The reviewer marks a major accuracy error and a minor style error in 1 and approves 2 as it is.
     */
    @BeforeEach
    void workedExample() {
        fixture = new QualityFixture(segments, review, annotations, importer);
        project = DocumentFixtures.newProject(projects);
        document = fixture.importDocument(project.id(), "The meeting reviewed the annual plan.",
                "The committee adopted the report on Monday.", "The city will build two new schools.");
        fixture.editAndSubmit("translator", document.get(0), "The meeting reviewed the plan for the year.");
        fixture.editAndSubmit("translator", document.get(1), "The committee adopted its report on Monday.");
        fixture.mark(document.get(0), "plan for the year", ErrorCategory.ACCURACY, ErrorSeverity.MAJOR);
        fixture.mark(document.get(0), "The meeting", ErrorCategory.STYLE, ErrorSeverity.MINOR);
        fixture.approve(document.get(1));
    }

    @Test
    void scoresPenaltyPointsPerThousandEvaluatedWordsAgainstTheDefaultThreshold() {
        DocumentQuality report = report();

        // (5 + 1) points over 8 + 7 words = 400 points per 1,000 words, far above the default 10.
        assertThat(report.evaluatedSegments()).isEqualTo(2);
        assertThat(report.score().evaluatedWords()).isEqualTo(15);
        assertThat(report.score().penaltyPoints()).isEqualTo(6);
        assertThat(report.score().perThousandWords()).isCloseTo(400.0, within(1e-9));
        assertThat(report.score().threshold()).isEqualByComparingTo("10");
        assertThat(report.score().verdict()).isEqualTo(QualityVerdict.FAIL);
        assertThat(report.counts().count(ErrorCategory.ACCURACY, ErrorSeverity.MAJOR)).isEqualTo(1);
        assertThat(report.counts().count(ErrorCategory.STYLE, ErrorSeverity.MINOR)).isEqualTo(1);
        assertThat(report.counts().total()).isEqualTo(2);
        assertThat(report.countedAnnotations()).extracting(Annotation::markedText)
                .containsExactly("The meeting", "plan for the year");
    }

    @Test
    void aScoreAtTheThresholdPassesAndJustAboveItFails() {
        saveWeights(new QualityWeights(1, 5, 25, new BigDecimal("400")));
        assertThat(report().score().verdict()).isEqualTo(QualityVerdict.PASS);

        saveWeights(new QualityWeights(1, 5, 25, new BigDecimal("399.99")));
        assertThat(report().score().verdict()).isEqualTo(QualityVerdict.FAIL);

        // Other weights: 2 + 10 points over 15 words = 800 per 1,000.
        saveWeights(new QualityWeights(2, 10, 50, new BigDecimal("800")));
        assertThat(report().score().perThousandWords()).isCloseTo(800.0, within(1e-9));
        assertThat(report().score().verdict()).isEqualTo(QualityVerdict.PASS);
    }

    @Test
    void aWithdrawnErrorNoLongerCountsAndAFixedRevisionKeepsItsErrors() {
        Annotation minor = report().countedAnnotations().getFirst();
        Roles.as("reviewer2", Role.REVIEWER, () -> annotations.withdraw(minor.segmentId(), minor.id(), "Fine as it is."));
        assertThat(report().score().penaltyPoints()).isEqualTo(5);

        // The translator fixes segment 1: the errors were in what they delivered, so they still count, on its 8 words.
        fixture.edit("translator", document.get(0), "The meeting reviewed the annual work plan.");
        DocumentQuality report = report();
        assertThat(report.score().penaltyPoints()).isEqualTo(5);
        assertThat(report.score().evaluatedWords()).isEqualTo(15);
        assertThat(report.countedAnnotations()).singleElement().satisfies(counted -> assertThat(counted.revisionNo()).isEqualTo(2));
    }

    @Test
    void postEditingEffortCountsWordEditsAgainstTheReadoutAndEditingTime() {
        Roles.as("translator", Role.TRANSLATOR, () -> editingTime.record(document.get(0).id(), Duration.ofSeconds(30)));
        Roles.as("translator", Role.TRANSLATOR, () -> editingTime.record(document.get(0).id(), Duration.ofMillis(1500)));
        Roles.as("translator", Role.TRANSLATOR, () -> editingTime.record(document.get(1).id(), Duration.ofSeconds(12)));

        DocumentQuality report = report();

        // 1: "annual" deleted, "for the year" inserted = 4 edits over 9 tokens; 2: "the" → "its" = 1 over 8 tokens.
        assertThat(report.segments()).extracting(SegmentEffort::position, SegmentEffort::edits, SegmentEffort::referenceTokens,
                        SegmentEffort::activeMillis)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1, 4, 9, 31_500L),
                        org.assertj.core.api.Assertions.tuple(2, 1, 8, 12_000L));
        assertThat(report.effort().editedSegments()).isEqualTo(2);
        assertThat(report.effort().editRate()).isCloseTo(5.0 / 17, within(1e-9));
        assertThat(report.effort().activeMillis()).isEqualTo(43_500);
        DocumentQuality again = report(); // from the measures the first report kept
        assertThat(again.segments()).isEqualTo(report.segments());
        assertThat(again.score()).isEqualTo(report.score());
    }

    @Test
    void aSavedRevisionIsMeasuredInTheBackgroundBeforeAnyReportAsksForIt() {
        long segmentId = document.get(0).id();
        // The save happened in workedExample(); the measure follows it after commit, on its own thread.
        Integer measured = org.awaitility.Awaitility.await("measured within a minute").atMost(Duration.ofMinutes(1)).pollInSameThread()
                .pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.query("select edits from revision_measure where segment_id = ? and revision_no = 2",
                        rs -> rs.next() ? rs.getInt(1) : null, segmentId), value -> value != null);
        assertThat(measured).isEqualTo(4);
    }

    @Test
    void theTranslatorReportScoresEachAuthorAcrossDocumentsAndTranslatorsSeeOnlyTheirOwnRow() {
        List<SegmentSnapshot> other = fixture.importDocument(project.id(), "The city opened a new library.");
        fixture.editAndSubmit("translator2", other.getFirst(), "The city opened a new public library.");
        fixture.mark(other.getFirst(), "public", ErrorCategory.ACCURACY, ErrorSeverity.CRITICAL);
        List<SegmentSnapshot> third = fixture.importDocument(project.id(), "The river was cleaned.");
        fixture.editAndSubmit("translator", third.getFirst(), "The river was cleaned up.");
        fixture.approve(third.getFirst());
        Roles.as("translator", Role.TRANSLATOR, () -> editingTime.record(third.getFirst().id(), Duration.ofSeconds(20)));

        List<TranslatorQuality> rows = Roles.as("reviewer", Role.REVIEWER, () -> quality.translatorReport(project.id()));

        assertThat(rows).extracting(TranslatorQuality::translator).containsExactly("translator", "translator2");
        TranslatorQuality translator = rows.getFirst();
        // 8 + 7 + 5 words in two documents, 6 points: 300 per 1,000.
        assertThat(translator.documents()).isEqualTo(2);
        assertThat(translator.evaluatedSegments()).isEqualTo(3);
        assertThat(translator.score().evaluatedWords()).isEqualTo(20);
        assertThat(translator.score().perThousandWords()).isCloseTo(300.0, within(1e-9));
        assertThat(translator.activeMillis()).isEqualTo(20_000);
        TranslatorQuality translator2 = rows.get(1);
        assertThat(translator2.score().penaltyPoints()).isEqualTo(25);
        assertThat(translator2.counts().count(ErrorCategory.ACCURACY, ErrorSeverity.CRITICAL)).isEqualTo(1);

        assertThat(Roles.as("translator2", Role.TRANSLATOR, () -> quality.translatorReport(project.id())))
                .extracting(TranslatorQuality::translator).containsExactly("translator2");
        assertThat(Roles.as("admin", Role.ADMIN, () -> quality.translatorReport(null)))
                .anySatisfy(row -> assertThat(row.projectId()).isEqualTo(project.id()));
    }

    @Test
    void absurdWeightsAndThresholdsAreRefusedWithAReason() {
        assertThatThrownBy(() -> new QualityWeights(-1, 5, 25, BigDecimal.TEN)).hasMessageContaining("minor weight");
        assertThatThrownBy(() -> new QualityWeights(1, 5, 1_000_000, BigDecimal.TEN)).hasMessageContaining("critical weight");
        assertThatThrownBy(() -> new QualityWeights(1, 5, 0, BigDecimal.TEN)).hasMessageContaining("critical weight");
        assertThatThrownBy(() -> new QualityWeights(5, 1, 25, BigDecimal.TEN)).hasMessageContaining("must not fall");
        assertThatThrownBy(() -> new QualityWeights(1, 5, 25, new BigDecimal("-1"))).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new QualityWeights(1, 5, 25, new BigDecimal("1000.01"))).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new QualityWeights(1, 5, 25, new BigDecimal("1.234"))).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> new QualityWeights(1, 5, 25, null)).hasMessageContaining("threshold");
        assertThat(new QualityWeights(0, 0, 1, BigDecimal.ZERO).threshold()).isEqualByComparingTo("0");
    }

    @Test
    void onlyAdministratorsChangeWeightsAndEveryoneReadsTheReport() {
        for (Role role : List.of(Role.TRANSLATOR, Role.REVIEWER, Role.GLOSSARY_MANAGER)) {
            assertThatThrownBy(() -> Roles.as("someone", role,
                    () -> quality.saveWeights(project.id(), QualityWeights.DEFAULT))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> quality.documentReport(document.getFirst().documentId()))
                .score().penaltyPoints()).isEqualTo(6);
        assertThat(Roles.as("admin", Role.ADMIN, () -> quality.weights(project.id()))).isEqualTo(QualityWeights.DEFAULT);
    }

    @Test
    void editingTimeIsRecordedByEditorsOnlyAndWithinReason() {
        long id = document.getFirst().id();
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> editingTime.record(id, Duration.ZERO)))
                .isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> editingTime.record(id, Duration.ofSeconds(-5))))
                .isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> editingTime.record(id, Duration.ofHours(13))))
                .hasMessageContaining("12 hours");
        assertThatThrownBy(() -> Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> editingTime.record(id, Duration.ofSeconds(5))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private DocumentQuality report() {
        return Roles.as("translator", Role.TRANSLATOR, () -> quality.documentReport(document.getFirst().documentId()));
    }

    private void saveWeights(QualityWeights weights) {
        Roles.as("admin", Role.ADMIN, () -> quality.saveWeights(project.id(), weights));
    }
}
