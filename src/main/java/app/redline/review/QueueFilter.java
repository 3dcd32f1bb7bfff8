package app.redline.review;

/** Narrows the review queue: only segments rejected before, only one translator's (null: anyone's). */
public record QueueFilter(boolean rejectedBefore, String translator) {

    public static final QueueFilter ALL = new QueueFilter(false, null);
}
