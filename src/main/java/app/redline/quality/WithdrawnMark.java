package app.redline.quality;

/** A withdrawal of an error mark, as the audit trail lists it: its own id, and the mark with its withdrawal. */
public record WithdrawnMark(long withdrawalId, Annotation mark) {}
