package app.redline.review;

import java.time.Instant;

/** A document with segments waiting for the reviewer: how many, and since when the oldest waits. */
public record WaitingDocument(long documentId, String title, int submittedSegments, Instant oldestSubmittedAt) {}
