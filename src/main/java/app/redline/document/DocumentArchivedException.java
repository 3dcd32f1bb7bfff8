package app.redline.document;

import app.redline.base.UserMessageException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The document is archived, so it takes no edits: the screens show the sentence, the API answers 409. */
public class DocumentArchivedException extends UserMessageException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public DocumentArchivedException(long documentId, String archivedBy, Instant archivedAt) {
        super(Kind.CONFLICT, "Document " + documentId + " was archived by " + archivedBy + " on " + WHEN.format(archivedAt)
                + " and takes no more changes. An administrator can restore it if work on it should go on.");
    }
}
