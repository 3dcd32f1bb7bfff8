package app.redline.review;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** A user's drafts in a document: draft or rejected translatable segments whose latest revision they wrote. */
@Repository
class MyDrafts {

    /** A candidate for submission as it was listed. */
    record Draft(long segmentId, int position, long version) {}

    private final NamedParameterJdbcTemplate jdbc;

    MyDrafts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Draft> of(String author, long documentId) {
        return jdbc.query("""
                select s.id, s.position, s.version from segment s
                where s.document_id = :document and s.translatable and s.status in ('DRAFT', 'REJECTED')
                  and (select r.author from revision r where r.segment_id = s.id
                       order by r.revision_no desc limit 1) = :author
                order by s.position""",
                new MapSqlParameterSource("document", documentId).addValue("author", author),
                (rs, row) -> new Draft(rs.getLong(1), rs.getInt(2), rs.getLong(3)));
    }
}
