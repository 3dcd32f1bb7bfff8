package app.redline.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.QueryPlans;
import app.redline.base.TrailCursor;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.project.ProjectService;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What PostgreSQL does for a page of a long trail (the audit trail reads each part like this, comments here): reads
 * the page from the index, not the document's history.
 */
@IntegrationTest
class AuditTrailPlanTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;

    @Test
    void aPageOfATenThousandCommentTrailReadsOnlyThePageFromTheTimeIndex() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The plan sentence.").documentId();
        long segmentId = jdbc.queryForObject("select id from segment where document_id = ?", Long.class, documentId);
        CommentFixtures.longThread(jdbc, segmentId, 10_000);
        jdbc.execute("analyze segment_comment");

        List<JsonNode> commentScans = QueryPlans.scansOf(named, "segment_comment", SegmentComments.TRAIL,
                new MapSqlParameterSource("document", documentId)
                        .addValue("at", Timestamp.from(TrailCursor.NEWEST.at())).addValue("id", TrailCursor.NEWEST.id())
                        .addValue("limit", 51));

        assertThat(commentScans).singleElement().satisfies(scan -> {
            assertThat(scan.get("Node Type").asString()).isEqualTo("Index Scan");
            assertThat(scan.get("Index Name").asString()).isEqualTo("segment_comment_document_time_idx");
        });
        assertThat(QueryPlans.rowsRead(commentScans)).isLessThanOrEqualTo(51);
    }
}
