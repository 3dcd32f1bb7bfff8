package app.redline.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportProgress;
import app.redline.document.ImportResult;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.glossary.ConceptData;
import app.redline.glossary.GlossaryService;
import app.redline.glossary.TermData;
import app.redline.glossary.TermStatus;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Check results live in PostgreSQL: reports read them back, and a glossary change re-checks only what it touches. */
@IntegrationTest
class StoredCheckResultsTest {

    private static final String MARKER = "[{\"checkId\":\"marker\",\"ruleId\":\"marker\",\"severity\":\"INFO\",\"start\":0,"
            + "\"end\":0,\"message\":\"read from the stored row\",\"replacements\":[]}]";

    @Autowired DocumentChecks checks;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired GlossaryService glossaries;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aReportStoresResultsAndReadsThemBackWhileTheTextIsUnchanged() {
        ProjectInfo project = newProject("Stored results");
        ImportResult document = DocumentFixtures.importText(importer, project.id(), "He met xi jinping in Changchun.");
        long segmentId = report(document).findings().getFirst().segmentId();
        assertThat(jdbc.queryForObject("select count(*) from segment_check where segment_id = ?", Integer.class, segmentId))
                .isOne();

        jdbc.update("update segment_check set issues = ?::jsonb where segment_id = ?", MARKER, segmentId);

        assertThat(report(document).findings()).extracting(finding -> finding.issue().checkId()).containsExactly("marker");
    }

    @Test
    void aStoredResultOfACheckThatCouldNotRunIsCheckedAgainAndReplacedOnceItRuns() {
        ProjectInfo project = newProject("Incomplete result");
        ImportResult document = DocumentFixtures.importText(importer, project.id(), "He met xi jinping in Changchun.");
        long segmentId = report(document).findings().getFirst().segmentId();
        String incomplete = "[{\"checkId\":\"languagetool\",\"ruleId\":\"" + CheckRunner.CHECK_FAILED + "\",\"severity\":\"INFO\","
                + "\"start\":0,\"end\":0,\"message\":\"unavailable\",\"replacements\":[]}]";
        jdbc.update("update segment_check set issues = ?::jsonb where segment_id = ?", incomplete, segmentId);

        assertThat(report(document).findings()).extracting(finding -> finding.issue().ruleId())
                .doesNotContain(CheckRunner.CHECK_FAILED).isNotEmpty();
        assertThat(jdbc.queryForObject("select issues::text from segment_check where segment_id = ?", String.class, segmentId))
                .doesNotContain(CheckRunner.CHECK_FAILED);
    }

    @Test
    void anEditedTextIsCheckedAgain() {
        ProjectInfo project = newProject("Edited text");
        ImportResult document = DocumentFixtures.importText(importer, project.id(), "He met xi jinping in Changchun.");
        long segmentId = report(document).findings().getFirst().segmentId();
        jdbc.update("update segment_check set issues = ?::jsonb where segment_id = ?", MARKER, segmentId);
        SegmentSnapshot segment = Roles.as("translator", Role.TRANSLATOR, () -> segments.get(segmentId));

        Roles.as("translator", Role.TRANSLATOR, () -> segments.save(segmentId, "He met Xi Jinping in Changchun.", segment.version()));

        assertThat(report(document).findings()).extracting(finding -> finding.issue().checkId()).doesNotContain("marker");
    }

    @Test
    void aGlossaryChangeRechecksTheSegmentsMentioningItsTermsAndKeepsTheOthers() {
        ProjectInfo project = newProject("Glossary change");
        ImportResult document = DocumentFixtures.importText(importer, project.id(),
                "The county held a poverty alleviation meeting.\n\nThe weather was fine in Changchun.");
        report(document);
        List<Long> ids = jdbc.queryForList("select id from segment where document_id = ? order by position", Long.class,
                document.documentId());
        long mentioning = ids.get(0);
        long other = ids.get(1);
        jdbc.update("update segment_check set issues = ?::jsonb where segment_id in (?, ?)", MARKER, mentioning, other);
        long revisionBefore = projectRevision(other);

        long glossaryId = Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> glossaries.projectGlossary(project.id())).id();
        Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> glossaries.save(ConceptData.draft(glossaryId, null, List.of(
                TermData.of("en-US", "poverty eradication", TermStatus.PREFERRED),
                TermData.of("en-US", "poverty alleviation", TermStatus.FORBIDDEN)))));

        waitUntil(() -> projectRevision(other) > revisionBefore && projectRevision(mentioning) > revisionBefore);
        assertThat(storedCheckIds(other)).containsExactly("marker");
        assertThat(storedCheckIds(mentioning)).contains("glossary-forbidden").doesNotContain("marker");
        assertThat(report(document).findings()).extracting(finding -> finding.segmentId()).contains(other, mentioning);
    }

    private DocumentReport report(ImportResult document) {
        return Roles.as("translator", Role.TRANSLATOR, () -> checks.report(document.documentId(), ImportProgress.NONE));
    }

    private ProjectInfo newProject(String name) {
        return Roles.as("admin", Role.ADMIN, () -> projects.create(name + " " + System.nanoTime(), "zh-CN", "en-US", false));
    }

    private long projectRevision(long segmentId) {
        return jdbc.queryForObject("select project_revision from segment_check where segment_id = ?", Long.class, segmentId);
    }

    private List<String> storedCheckIds(long segmentId) {
        return jdbc.queryForList("select jsonb_array_elements(issues)->>'checkId' from segment_check where segment_id = ?",
                String.class, segmentId);
    }

    /** The re-check runs in the background: wait for its outcome (not for a time). */
    private static void waitUntil(BooleanSupplier done) {
        await("background re-check finished within a minute").atMost(Duration.ofMinutes(1)).pollInSameThread()
                .pollInterval(Duration.ofMillis(50)).until(done::getAsBoolean);
    }
}
