package app.redline.review;

/** A segment picked for bulk approval, with the revision the reviewer saw and the version they listed it at. */
public record SelectedRevision(long segmentId, int revisionNo, long version) {}
