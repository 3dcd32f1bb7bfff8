package app.redline.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The quality reports' reads, a few set-based queries each, never one per segment. Which revision is evaluated is
 * said once, in {@link #EVALUATED} (see {@link DocumentQuality} for the rule).
 */
@Repository
class QualityQueries {

    /** Active annotations, each segment's latest annotated revision, and its latest approval that no rejection undid. */
    private static final String EVALUATED = """
            with active as (
                select a.id, a.segment_id, a.revision_no, a.category, a.severity from quality_annotation a
                where %1$s
                  and not exists (select 1 from quality_annotation_withdrawal w where w.annotation_id = a.id)
            ), annotated as (
                select segment_id, max(revision_no) as revision_no from active group by segment_id
            ), approved as (
                select e.segment_id, max(e.revision_no) as revision_no from review_event e
                where %2$s and e.action = 'APPROVE'
                  and not exists (select 1 from review_event later where later.segment_id = e.segment_id
                                  and later.action = 'REJECT' and later.revision_no = e.revision_no and later.id > e.id)
                group by e.segment_id
            )
            """;

    /**
     * A translatable segment of the document with what the report needs of it: the measures of its current and its
     * evaluated revision where they were measured before, else (null measures) the texts to measure them from.
     */
    record SegmentRow(long id, int position, boolean edited, int currentRevision, RevisionMeasures.Measure current,
                      Integer evaluatedRevision, RevisionMeasures.Measure evaluated, String readout, String cleanText,
                      String evaluatedText, long activeMillis) {}

    /** An evaluated revision: whose it is and its word count, or (words null) the texts to measure it from. */
    record EvaluatedRow(long projectId, String author, long documentId, long segmentId, int revisionNo, Integer words,
                        String readout, String text) {}

    /** Counted errors of one author in one project by category and severity. */
    record CountRow(long projectId, String author, ErrorCategory category, ErrorSeverity severity, int count) {}

    record TimeRow(long projectId, String editor, long activeMillis) {}

    private final NamedParameterJdbcTemplate jdbc;

    QualityQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Texts are read only for revisions not measured yet: a document measured before costs numbers only. */
    List<SegmentRow> documentSegments(long documentId) {
        String sql = evaluated(alias -> alias + ".document_id = :documentId") + """
                , spent as (
                    select segment_id, sum(active_ms) as active_ms from editing_time where document_id = :documentId
                    group by segment_id
                )
                select s.id, s.position, s.status <> 'NEW' as edited, cur.revision_no as current_revision,
                       mc.words as current_words, mc.tokens as current_tokens, mc.edits as current_edits,
                       r.revision_no as evaluated_revision,
                       me.words as evaluated_words, me.tokens as evaluated_tokens, me.edits as evaluated_edits,
                       case when mc.segment_id is null or (r.revision_no is not null and me.segment_id is null)
                            then s.readout end as readout,
                       case when mc.segment_id is null then s.clean_text end as clean_text,
                       case when r.revision_no is not null and me.segment_id is null then r.text end as evaluated_text,
                       coalesce(t.active_ms, 0) as active_ms
                from segment s
                cross join lateral (select max(revision_no) as revision_no from revision where segment_id = s.id) cur
                left join revision_measure mc on mc.segment_id = s.id and mc.revision_no = cur.revision_no
                left join annotated an on an.segment_id = s.id
                left join approved ap on ap.segment_id = s.id
                left join revision r on r.segment_id = s.id and r.revision_no = coalesce(an.revision_no, ap.revision_no)
                left join revision_measure me on me.segment_id = s.id and me.revision_no = r.revision_no
                left join spent t on t.segment_id = s.id
                where s.document_id = :documentId and s.translatable
                order by s.position""";
        return jdbc.query(sql, new MapSqlParameterSource("documentId", documentId), (rs, row) -> new SegmentRow(
                rs.getLong("id"), rs.getInt("position"), rs.getBoolean("edited"), rs.getInt("current_revision"),
                measure(rs, "current"), (Integer) rs.getObject("evaluated_revision"), measure(rs, "evaluated"),
                rs.getString("readout"), rs.getString("clean_text"), rs.getString("evaluated_text"),
                rs.getLong("active_ms")));
    }

    /** Active annotations on the evaluated revisions of the document's translatable segments, in reading order. */
    List<Annotation> countedAnnotations(long documentId) {
        String sql = evaluated(alias -> alias + ".document_id = :documentId") + """
                select a.*, s.position, r.author as revision_author,
                       null as withdrawn_by, null as withdrawal_reason, null::timestamptz as withdrawn_at
                from active c
                join annotated an on an.segment_id = c.segment_id and an.revision_no = c.revision_no
                join quality_annotation a on a.id = c.id
                join segment s on s.id = a.segment_id and s.translatable
                join revision r on r.segment_id = a.segment_id and r.revision_no = a.revision_no
                order by s.position, a.start_offset, a.id""";
        return jdbc.query(sql, new MapSqlParameterSource("documentId", documentId), Annotations::map);
    }

    /** Every evaluated revision in scope (all projects when {@code projectId} is null). */
    List<EvaluatedRow> evaluatedRevisions(Long projectId) {
        String sql = evaluated(scope(projectId)) + """
                select d.project_id, r.author, s.document_id, s.id as segment_id, r.revision_no, m.words,
                       case when m.segment_id is null then s.readout end as readout,
                       case when m.segment_id is null then r.text end as text
                from (select segment_id from annotated union select segment_id from approved) x
                join segment s on s.id = x.segment_id and s.translatable
                join document d on d.id = s.document_id
                left join annotated an on an.segment_id = s.id
                left join approved ap on ap.segment_id = s.id
                join revision r on r.segment_id = s.id and r.revision_no = coalesce(an.revision_no, ap.revision_no)
                left join revision_measure m on m.segment_id = r.segment_id and m.revision_no = r.revision_no""";
        return jdbc.query(sql, parameters(projectId), (rs, row) -> new EvaluatedRow(rs.getLong("project_id"),
                rs.getString("author"), rs.getLong("document_id"), rs.getLong("segment_id"), rs.getInt("revision_no"),
                (Integer) rs.getObject("words"), rs.getString("readout"), rs.getString("text")));
    }

    List<CountRow> countsByAuthor(Long projectId) {
        String sql = evaluated(scope(projectId)) + """
                select d.project_id, r.author, c.category, c.severity, count(*) as errors
                from active c
                join annotated an on an.segment_id = c.segment_id and an.revision_no = c.revision_no
                join segment s on s.id = c.segment_id and s.translatable
                join document d on d.id = s.document_id
                join revision r on r.segment_id = c.segment_id and r.revision_no = c.revision_no
                group by d.project_id, r.author, c.category, c.severity""";
        return jdbc.query(sql, parameters(projectId), (rs, row) -> new CountRow(rs.getLong("project_id"),
                rs.getString("author"), ErrorCategory.valueOf(rs.getString("category")),
                ErrorSeverity.valueOf(rs.getString("severity")), rs.getInt("errors")));
    }

    List<TimeRow> timeByEditor(Long projectId) {
        String sql = "select d.project_id, t.editor, sum(t.active_ms) as active_ms from editing_time t "
                + "join document d on d.id = t.document_id where " + (projectId == null ? "true" : "d.project_id = :projectId")
                + " group by d.project_id, t.editor";
        return jdbc.query(sql, parameters(projectId), (ResultSet rs, int row) -> new TimeRow(rs.getLong("project_id"),
                rs.getString("editor"), rs.getLong("active_ms")));
    }

    private static RevisionMeasures.Measure measure(ResultSet rs, String prefix) throws SQLException {
        int words = rs.getInt(prefix + "_words");
        return rs.wasNull() ? null
                : new RevisionMeasures.Measure(words, rs.getInt(prefix + "_tokens"), rs.getInt(prefix + "_edits"));
    }

    private static String evaluated(Function<String, String> scope) {
        return EVALUATED.formatted(scope.apply("a"), scope.apply("e"));
    }

    private static Function<String, String> scope(Long projectId) {
        return projectId == null ? alias -> "true"
                : alias -> alias + ".document_id in (select id from document where project_id = :projectId)";
    }

    private static MapSqlParameterSource parameters(Long projectId) {
        return new MapSqlParameterSource("projectId", projectId);
    }
}
