package app.redline.document;

import app.redline.base.SqlArrays;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Segments and revisions read in sets, for the modules that keep their own records about them (review, quality,
 * discussion, delivery): one query for many ids, never one per segment, and never their SQL on these tables.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SegmentLookup {

    private static final String COLUMNS = "id, document_id, position, paragraph, source_text, readout, clean_text, "
            + "status, translatable, version, updated_by, updated_at";

    private final NamedParameterJdbcTemplate jdbc;

    SegmentLookup(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The segments that exist among the ids, by id. */
    public Map<Long, SegmentSnapshot> byIds(Collection<Long> segmentIds) {
        var found = new HashMap<Long, SegmentSnapshot>();
        if (!segmentIds.isEmpty()) {
            jdbc.query(SqlArrays.inline("select " + COLUMNS + " from segment where id = any(cast(:ids as bigint[]))",
                    "ids", Set.copyOf(segmentIds)), (ResultSet rs) -> {
                        SegmentSnapshot segment = SegmentQueries.map(rs, 0);
                        found.put(segment.id(), segment);
                    });
        }
        return found;
    }

    /** The revisions that exist among the keys. */
    public Map<RevisionKey, RevisionSnapshot> revisions(Collection<RevisionKey> keys) {
        var found = new HashMap<RevisionKey, RevisionSnapshot>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.query("""
                select r.segment_id, r.revision_no, r.text, r.author, r.created_at
                from unnest(cast(:segments as bigint[]), cast(:numbers as int[])) as k(segment_id, revision_no)
                join revision r on r.segment_id = k.segment_id and r.revision_no = k.revision_no""",
                keyParameters(keys),
                (ResultSet rs) -> {
                    found.put(new RevisionKey(rs.getLong(1), rs.getInt(2)), new RevisionSnapshot(rs.getInt(2),
                            rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
                });
        return found;
    }

    /** Who wrote each of the revisions that exist among the keys (no texts read). */
    public Map<RevisionKey, String> revisionAuthors(Collection<RevisionKey> keys) {
        var found = new HashMap<RevisionKey, String>();
        if (!keys.isEmpty()) {
            jdbc.query("""
                    select r.segment_id, r.revision_no, r.author
                    from unnest(cast(:segments as bigint[]), cast(:numbers as int[])) as k(segment_id, revision_no)
                    join revision r on r.segment_id = k.segment_id and r.revision_no = k.revision_no""",
                    keyParameters(keys), (ResultSet rs) -> {
                        found.put(new RevisionKey(rs.getLong(1), rs.getInt(2)), rs.getString(3));
                    });
        }
        return found;
    }

    /** Every segment of the document in order, without texts. */
    public List<SegmentOutline> outline(long documentId) {
        return jdbc.query(OUTLINE + " where s.document_id = :document order by s.position",
                new MapSqlParameterSource("document", documentId), OutlineRows::map);
    }

    /** The outlines of the segments that exist among the ids, in no particular order. */
    public List<SegmentOutline> outlines(Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SqlArrays.inline(OUTLINE + " where s.id = any(cast(:ids as bigint[]))", "ids",
                Set.copyOf(segmentIds)), OutlineRows::map);
    }

    /** Translatable segments of the document in these statuses whose latest revision the author wrote, in order. */
    public List<SegmentSnapshot> lastRevisedBy(long documentId, String author, Set<SegmentStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + COLUMNS + """
                 from segment s
                where s.document_id = :document and s.translatable and s.status in (:statuses)
                  and (select r.author from revision r where r.segment_id = s.id
                       order by r.revision_no desc limit 1) = :author
                order by s.position""",
                new MapSqlParameterSource("document", documentId).addValue("author", author)
                        .addValue("statuses", statuses.stream().map(Enum::name).toList()),
                SegmentQueries.SNAPSHOT);
    }

    /** Per document (each one asked, segments or not): translatable segments by status, and the last change. */
    public Map<Long, StatusCounts> statusCounts(Collection<Long> documentIds) {
        var counts = new HashMap<Long, Map<SegmentStatus, Integer>>();
        var lastChange = new HashMap<Long, Timestamp>();
        if (!documentIds.isEmpty()) {
            jdbc.query(SqlArrays.inline("""
                    select document_id, status, count(*) filter (where translatable), max(updated_at)
                    from segment where document_id = any(cast(:ids as bigint[]))
                    group by document_id, status""", "ids", Set.copyOf(documentIds)), (ResultSet rs) -> {
                        long id = rs.getLong(1);
                        counts.computeIfAbsent(id, key -> new EnumMap<>(SegmentStatus.class))
                                .put(SegmentStatus.valueOf(rs.getString(2)), rs.getInt(3));
                        Timestamp changed = rs.getTimestamp(4);
                        if (changed != null) {
                            lastChange.merge(id, changed, (a, b) -> a.after(b) ? a : b);
                        }
                    });
        }
        var result = new LinkedHashMap<Long, StatusCounts>();
        for (long id : documentIds) {
            Timestamp changed = lastChange.get(id);
            result.put(id, new StatusCounts(id, counts.getOrDefault(id, Map.of()), changed == null ? null : changed.toInstant()));
        }
        return result;
    }

    private static MapSqlParameterSource keyParameters(Collection<RevisionKey> keys) {
        List<RevisionKey> ordered = List.copyOf(keys);
        return new MapSqlParameterSource("segments", SqlArrays.bigints(ordered.stream().map(RevisionKey::segmentId).toList()))
                .addValue("numbers", SqlArrays.ints(ordered.stream().map(RevisionKey::revisionNo).toList()));
    }

    private static final String OUTLINE = """
            select s.id, s.document_id, s.position, s.status, s.translatable,
                   (select max(r.revision_no) from revision r where r.segment_id = s.id) as latest
            from segment s""";

    private static final class OutlineRows {
        static SegmentOutline map(ResultSet rs, int row) throws java.sql.SQLException {
            return new SegmentOutline(rs.getLong(1), rs.getLong(2), rs.getInt(3), SegmentStatus.valueOf(rs.getString(4)),
                    rs.getBoolean(5), rs.getInt(6));
        }
    }
}
