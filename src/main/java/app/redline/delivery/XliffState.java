package app.redline.delivery;

import app.redline.document.SegmentStatus;

/**
 * A segment's status as XLIFF 2.0 {@code state} and {@code subState}. XLIFF has four states; Redline's own status
 * travels in the {@code redline:} sub-state, so a tool that knows only XLIFF still reads how far a segment got.
 * A rejected segment counts as translated, not reviewed: it is back with the translator and needs work.
 */
public record XliffState(String state, String subState) {

    public static final String SUB_STATE_PREFIX = "redline:";

    public static XliffState of(SegmentStatus status, boolean documentSignedOff) {
        return switch (status) {
            case NEW -> new XliffState("initial", SUB_STATE_PREFIX + "new");
            case DRAFT -> new XliffState("translated", SUB_STATE_PREFIX + "draft");
            case SUBMITTED -> new XliffState("translated", SUB_STATE_PREFIX + "submitted");
            case REJECTED -> new XliffState("translated", SUB_STATE_PREFIX + "rejected");
            case APPROVED -> documentSignedOff
                    ? new XliffState("final", SUB_STATE_PREFIX + "signed-off")
                    : new XliffState("reviewed", SUB_STATE_PREFIX + "approved");
        };
    }
}
