package app.redline.document;

import java.time.Instant;

public record RevisionSnapshot(int revisionNo, String text, String author, Instant createdAt) {}
