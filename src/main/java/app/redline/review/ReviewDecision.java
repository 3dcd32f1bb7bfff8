package app.redline.review;

import app.redline.document.SegmentStatus;

/** The state machine's answer: the status the segment moves to, or why not in a sentence for the user. */
public sealed interface ReviewDecision {

    /** @param overridesGate the move goes ahead over open errors because a reviewer stated a reason */
    record Allowed(SegmentStatus to, boolean overridesGate) implements ReviewDecision {}

    record Refused(Refusal refusal, String message) implements ReviewDecision {}
}
