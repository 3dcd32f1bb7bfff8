package app.redline.review;

import app.redline.base.UserMessageException;
import app.redline.document.SegmentSnapshot;

/** The segment changed since the caller loaded it (a save, or another review action won); nothing was recorded. */
public class ReviewConflictException extends UserMessageException {

    private final SegmentSnapshot current;
    private final int currentRevisionNo;

    ReviewConflictException(String message, SegmentSnapshot current, int currentRevisionNo) {
        super(Kind.CONFLICT, message);
        this.current = current;
        this.currentRevisionNo = currentRevisionNo;
    }

    static ReviewConflictException changed(SegmentSnapshot current, int currentRevisionNo) {
        return new ReviewConflictException("Segment " + current.position() + " was changed by " + current.updatedBy()
                + " since you loaded it (status now: " + current.status().label()
                + "). Nothing was recorded: look at it again and decide.", current, currentRevisionNo);
    }

    static ReviewConflictException newerRevision(SegmentSnapshot current, int currentRevisionNo, int reviewedRevisionNo) {
        return new ReviewConflictException("You reviewed revision " + reviewedRevisionNo + " of segment "
                + current.position() + ", but revision " + currentRevisionNo + " is the latest. Nothing was recorded: "
                + "review the latest revision.", current, currentRevisionNo);
    }

    public SegmentSnapshot current() {
        return current;
    }

    public int currentRevisionNo() {
        return currentRevisionNo;
    }
}
