package app.redline.document;

import app.redline.base.UserMessageException;

/** Someone saved the segment after the caller loaded it: nothing was written, and both texts travel here. */
public class SegmentConflictException extends UserMessageException {

    private final String attemptedText;
    private final SegmentSnapshot current;

    public SegmentConflictException(String attemptedText, SegmentSnapshot current) {
        super(Kind.CONFLICT, "Segment " + current.position() + " was saved by " + current.updatedBy()
                + " since you loaded it. Your text was not saved: compare both versions and choose.");
        this.attemptedText = attemptedText;
        this.current = current;
    }

    public String attemptedText() {
        return attemptedText;
    }

    public SegmentSnapshot current() {
        return current;
    }
}
