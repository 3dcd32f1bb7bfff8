package app.redline.review;

import app.redline.base.UserMessageException;

/** The state machine refused the action; nothing was written. */
public class ReviewRefusedException extends UserMessageException {

    private final Refusal refusal;

    public ReviewRefusedException(Refusal refusal, String message) {
        super(kind(refusal), message);
        this.refusal = refusal;
    }

    private static Kind kind(Refusal refusal) {
        return switch (refusal) {
            case ROLE, FOUR_EYES, NOT_ASSIGNED -> Kind.FORBIDDEN;
            case GATE, NOT_SEEN -> Kind.UNPROCESSABLE;
            case STATE, NOT_TRANSLATABLE -> Kind.CONFLICT;
        };
    }

    public Refusal refusal() {
        return refusal;
    }
}
