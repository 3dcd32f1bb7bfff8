package app.redline.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.discussion.CommentFixtures;
import app.redline.discussion.CommentService;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.quality.Annotation;
import app.redline.quality.AnnotationService;
import app.redline.quality.ErrorCategory;
import app.redline.quality.ErrorSeverity;
import app.redline.quality.QualityFixture;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit trail holds comments and error marks as well as review moves: everything appended about a document. */
@IntegrationTest
class DocumentAuditTest {

    @Autowired DocumentAudit audit;
    @Autowired CommentService comments;
    @Autowired AnnotationService annotations;
    @Autowired ReviewService review;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;

    @Test
    void listsCommentsErrorMarksAndWithdrawalsBesideReviewMoves() {
        var fixture = new QualityFixture(segments, review, annotations, importer);
        List<SegmentSnapshot> document = fixture.importDocument(DocumentFixtures.newProject(projects).id(),
                "The meeting reviewed the annual plan.");
        SegmentSnapshot submitted = fixture.editAndSubmit("translator", document.getFirst(), "The meeting reviewed the plan.");
        Roles.as("reviewer", Role.REVIEWER, () -> comments.post(submitted.id(), "@translator which plan?"));
        Annotation mark = fixture.mark(submitted, "the plan", ErrorCategory.ACCURACY, ErrorSeverity.MAJOR);
        Roles.as("reviewer2", Role.REVIEWER, () -> annotations.withdraw(submitted.id(), mark.id(), "The readout says so."));

        List<AuditEntry> entries = Roles.as("translator", Role.TRANSLATOR, () -> audit.entries(submitted.documentId(), 0, 50));

        assertThat(entries).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::segmentPosition)
                .containsExactly(tuple("ERROR_WITHDRAWN", "reviewer2", 1), tuple("ERROR_MARKED", mark.annotatedBy(), 1),
                        tuple("COMMENT", "reviewer", 1), tuple("SUBMIT", "translator", 1));
        assertThat(entries.get(1).reason()).isEqualTo("major accuracy error on “the plan”");
        assertThat(entries.get(0).reason()).endsWith("— The readout says so.");
        assertThat(entries.get(2).reason()).isEqualTo("@translator which plan?");
    }

    @Test
    void theWholeTrailAsCsvMergesItsPartsNewestFirstAcrossChunksAndAgreesWithThePages() throws Exception {
        var fixture = new QualityFixture(segments, review, annotations, importer);
        List<SegmentSnapshot> document = fixture.importDocument(DocumentFixtures.newProject(projects).id(),
                "The meeting reviewed the annual plan.");
        SegmentSnapshot first = document.getFirst();
        CommentFixtures.insert(jdbc, first.id(), "bulk", 1_100, Instant.now().minus(Duration.ofHours(1)), Duration.ofSeconds(1));
        SegmentSnapshot submitted = fixture.editAndSubmit("translator", first, "The meeting reviewed the plan.");
        Roles.as("reviewer", Role.REVIEWER, () -> review.reject(submitted.id(), submitted.version(), "Say which plan."));
        long documentId = first.documentId();

        var csv = new ByteArrayOutputStream();
        Roles.as("translator", Role.TRANSLATOR, () -> {
            audit.writeCsv(documentId, csv);
            return null;
        });
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString(StandardCharsets.UTF_8))).getRecords();

        assertThat(rows).hasSize(1_102);
        assertThat(rows.subList(0, 3)).extracting(row -> row.get("action"), row -> row.get("segment"))
                .containsExactly(tuple("REJECT", "1"), tuple("SUBMIT", "1"), tuple("COMMENT", "1"));
        assertThat(rows).extracting(row -> Instant.parse(row.get("when")))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rows.get(rows.size() - 1).get("reason")).isEqualTo("Comment 1");
        List<AuditEntry> page = Roles.as("translator", Role.TRANSLATOR, () -> audit.entries(documentId, 600, 3));
        assertThat(page).extracting(AuditEntry::reason)
                .containsExactly(rows.get(600).get("reason"), rows.get(601).get("reason"), rows.get(602).get("reason"));
    }
}
