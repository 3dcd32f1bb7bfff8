package app.redline.review;

/** The state machine refused the action; nothing was written. */
public class ReviewRefusedException extends RuntimeException {

    private final Refusal refusal;

    public ReviewRefusedException(Refusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
