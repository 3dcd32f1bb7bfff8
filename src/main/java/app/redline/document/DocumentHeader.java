package app.redline.document;

import java.time.Instant;

/** What opening a document needs; an archived document ({@code archivedAt} set) is still read by id. */
public record DocumentHeader(long id, long projectId, String title, String originalFileName, int segmentCount,
                             Instant archivedAt, String archivedBy) {

    public boolean archived() {
        return archivedAt != null;
    }
}
