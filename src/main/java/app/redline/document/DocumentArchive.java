package app.redline.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Archiving in plain SQL: the document's columns say whether it is archived now, document_archive_change (append-only)
 * who archived or restored it and when.
 */
@Repository
class DocumentArchive {

    private final NamedParameterJdbcTemplate jdbc;

    DocumentArchive(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Archives an active document and appends the change; false (nothing written) when it was archived already. */
    boolean archive(long documentId, String by, Instant at) {
        int changed = jdbc.update("""
                update document set archived_at = :at, archived_by = :by where id = :id and archived_at is null""",
                parameters(documentId, by, at));
        if (changed == 1) {
            append(documentId, ArchiveChange.Kind.ARCHIVED, by, at);
        }
        return changed == 1;
    }

    /** Restores an archived document and appends the change; false (nothing written) when it was active. */
    boolean restore(long documentId, String by, Instant at) {
        int changed = jdbc.update("""
                update document set archived_at = null, archived_by = null where id = :id and archived_at is not null""",
                parameters(documentId, by, at));
        if (changed == 1) {
            append(documentId, ArchiveChange.Kind.RESTORED, by, at);
        }
        return changed == 1;
    }

    /** Who archived a document and when. */
    record Archived(String by, Instant at) {}

    /**
     * Whether the document is archived, read with a share lock held until the caller's transaction ends: an archiving
     * that starts meanwhile waits for the caller's edit, so no edit lands after the archiving. The caller throws, not
     * this repository, whose exception translation would wrap the refusal.
     */
    Optional<Archived> lockForChange(long documentId) {
        List<Archived> archived = jdbc.query("select archived_at, archived_by from document where id = :id for share",
                new MapSqlParameterSource("id", documentId), (rs, row) -> rs.getTimestamp("archived_at") == null ? null
                        : new Archived(rs.getString("archived_by"), rs.getTimestamp("archived_at").toInstant()));
        return archived.stream().filter(Objects::nonNull).findFirst();
    }

    /** Oldest first. */
    List<ArchiveChange> changes(long documentId) {
        return jdbc.query("select * from document_archive_change where document_id = :id order by id",
                new MapSqlParameterSource("id", documentId),
                (rs, row) -> new ArchiveChange(rs.getLong("id"), rs.getLong("document_id"),
                        ArchiveChange.Kind.valueOf(rs.getString("change")), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()));
    }

    private void append(long documentId, ArchiveChange.Kind change, String by, Instant at) {
        jdbc.update("""
                insert into document_archive_change (document_id, change, changed_by, changed_at)
                values (:id, :change, :by, :at)""",
                parameters(documentId, by, at).addValue("change", change.name()));
    }

    private static MapSqlParameterSource parameters(long documentId, String by, Instant at) {
        return new MapSqlParameterSource("id", documentId).addValue("by", by).addValue("at", Timestamp.from(at));
    }
}
