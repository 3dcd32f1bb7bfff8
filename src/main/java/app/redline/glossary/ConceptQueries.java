package app.redline.glossary;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The concept grid's search: ids of one page of matching concepts, found through the term indexes
 * (prefix: btree on lower(text); contains: trigram GIN), never by counting or scanning all terms.
 */
@Repository
class ConceptQueries {

    private final NamedParameterJdbcTemplate jdbc;

    ConceptQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> page(long glossaryId, ConceptFilter filter, int offset, int limit) {
        var params = new MapSqlParameterSource("glossaryId", glossaryId).addValue("offset", offset).addValue("limit", limit);
        var sql = new StringBuilder("select c.id from concept c where c.glossary_id = :glossaryId");
        if (filter.subjectField() != null) {
            sql.append(" and c.subject_field = :subject");
            params.addValue("subject", filter.subjectField());
        }
        if (filter.changedSince() != null) {
            sql.append(" and c.updated_at >= :since");
            params.addValue("since", Timestamp.from(filter.changedSince()));
        }
        if (filter.constrainsTerms()) {
            sql.append(" and exists (select 1 from term t where t.concept_id = c.id");
            if (filter.hasText()) {
                sql.append(" and lower(t.text) like :pattern");
                String text = escapeLike(filter.text().strip().toLowerCase(java.util.Locale.ROOT));
                params.addValue("pattern", filter.contains() ? "%" + text + "%" : text + "%");
            }
            if (filter.language() != null) {
                sql.append(" and (t.language = :language or t.language like :languagePrefix)");
                params.addValue("language", filter.language()).addValue("languagePrefix", filter.language() + "-%");
            }
            if (filter.status() != null) {
                sql.append(" and t.status = :status");
                params.addValue("status", filter.status().name());
            }
            sql.append(")");
        }
        sql.append(" order by c.id limit :limit offset :offset");
        return jdbc.queryForList(sql.toString(), params, Long.class);
    }

    List<String> subjectFields(long glossaryId) {
        return jdbc.queryForList("select distinct subject_field from concept where glossary_id = :id "
                + "and subject_field is not null order by 1", new MapSqlParameterSource("id", glossaryId), String.class);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
