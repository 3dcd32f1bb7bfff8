package app.redline.base;

import java.util.Objects;

/**
 * A refusal whose message is a sentence written for the user, who can act on it: the screens show it as it is and
 * the API sends it as the problem's detail, with the status of its {@link Kind}. No other exception's message is ever
 * shown: a JDK or library exception (an {@link IllegalArgumentException} included) reaches users only as "something
 * went wrong" with a reference to the log. Subclasses carry what a screen or a script needs besides the sentence.
 */
public class UserMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal it is, with the HTTP status and problem title the API answers it with. */
    public enum Kind {
        INVALID(400, "Invalid request"),
        FORBIDDEN(403, "Forbidden"),
        NOT_FOUND(404, "Not found"),
        CONFLICT(409, "Conflict"),
        TOO_LARGE(413, "Too large"),
        UNSUPPORTED(415, "Unsupported content"),
        UNPROCESSABLE(422, "Not processed"),
        TOO_MANY(429, "Too many requests");

        private final int httpStatus;
        private final String title;

        Kind(int httpStatus, String title) {
            this.httpStatus = httpStatus;
            this.title = title;
        }

        public int httpStatus() {
            return httpStatus;
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;

    public UserMessageException(Kind kind, String sentence) {
        this(kind, sentence, null);
    }

    /** The cause goes to the log, never to the user. */
    public UserMessageException(Kind kind, String sentence, Throwable cause) {
        super(Objects.requireNonNull(sentence, "sentence"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** Input that cannot be accepted as it is: 400. */
    public static UserMessageException invalid(String sentence) {
        return new UserMessageException(Kind.INVALID, sentence);
    }

    /** Nothing with that id (or nothing the user may see): 404. */
    public static UserMessageException notFound(String sentence) {
        return new UserMessageException(Kind.NOT_FOUND, sentence);
    }

    public Kind kind() {
        return kind;
    }
}
