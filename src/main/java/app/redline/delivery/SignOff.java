package app.redline.delivery;

import java.time.Instant;

/** One row of the sign-off trail: a reviewer vouched for every translatable segment of the document. */
public record SignOff(long id, long documentId, String signedBy, Instant signedAt, int approvedSegments) {}
