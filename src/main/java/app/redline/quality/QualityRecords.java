package app.redline.quality;

import app.redline.base.SqlArrays;
import app.redline.document.RevisionKey;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The quality module's own numbers for the reports: annotated revisions, kept measures, editing time. */
@Repository
class QualityRecords {

    record EditorTime(long documentId, String editor, long activeMillis) {}

    private final NamedParameterJdbcTemplate jdbc;

    QualityRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per segment of the documents, the latest revision an active (not withdrawn) annotation marks. */
    Map<Long, Integer> annotatedRevisions(Collection<Long> documentIds) {
        var annotated = new HashMap<Long, Integer>();
        if (!documentIds.isEmpty()) {
            jdbc.query(SqlArrays.inline("""
                    select a.segment_id, max(a.revision_no) from quality_annotation a
                    where a.document_id = any(cast(:documents as bigint[]))
                      and not exists (select 1 from quality_annotation_withdrawal w where w.annotation_id = a.id)
                    group by a.segment_id""", "documents", documentIds), (ResultSet rs) -> {
                        annotated.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return annotated;
    }

    /** The kept measures of every revision of these segments. */
    Map<RevisionKey, RevisionMeasures.Measure> measures(Collection<Long> segmentIds) {
        var measures = new HashMap<RevisionKey, RevisionMeasures.Measure>();
        if (!segmentIds.isEmpty()) {
            jdbc.query(SqlArrays.inline("""
                    select segment_id, revision_no, words, tokens, edits from revision_measure
                    where segment_id = any(cast(:segments as bigint[]))""", "segments", segmentIds), (ResultSet rs) -> {
                        measures.put(new RevisionKey(rs.getLong(1), rs.getInt(2)),
                                new RevisionMeasures.Measure(rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                    });
        }
        return measures;
    }

    /** Whether the revision was measured before. */
    boolean measured(RevisionKey revision) {
        return !jdbc.queryForList("select 1 from revision_measure where segment_id = :segment and revision_no = :number",
                new MapSqlParameterSource("segment", revision.segmentId()).addValue("number", revision.revisionNo()),
                Integer.class).isEmpty();
    }

    /** Active editing time per segment of the document. */
    Map<Long, Long> activeMillisBySegment(long documentId) {
        var spent = new HashMap<Long, Long>();
        jdbc.query("select segment_id, sum(active_ms) from editing_time where document_id = :document group by segment_id",
                new MapSqlParameterSource("document", documentId), (ResultSet rs) -> {
                    spent.put(rs.getLong(1), rs.getLong(2));
                });
        return spent;
    }

    /** Active editing time per document and editor. */
    List<EditorTime> timeByEditor(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SqlArrays.inline("""
                select document_id, editor, sum(active_ms) from editing_time
                where document_id = any(cast(:documents as bigint[])) group by document_id, editor""",
                "documents", documentIds), (rs, row) -> new EditorTime(rs.getLong(1), rs.getString(2), rs.getLong(3)));
    }
}
