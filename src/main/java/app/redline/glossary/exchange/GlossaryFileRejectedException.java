package app.redline.glossary.exchange;

import app.redline.base.UserMessageException;
import java.util.List;

/**
 * An uploaded glossary file that was not imported, as a whole: imports are all-or-nothing so a half-read
 * term base never reaches the glossary. The message is written for the glossary manager who has to fix
 * the file; {@link #details()} lists every problem found when there were several.
 */
public class GlossaryFileRejectedException extends UserMessageException {

    public enum Reason {
        /** Nothing to import: no bytes, only whitespace, or no term entries. */
        EMPTY,
        /** Larger than the upload limit. */
        TOO_LARGE,
        /** Not well-formed XML or not parseable CSV. */
        MALFORMED,
        /** Uses constructs that attack the parser (DTD entities: XXE, entity-expansion bombs). */
        HOSTILE,
        /** Some other kind of file: wrong XML root, wrong CSV header, not XML at all. */
        WRONG_FORMAT,
        /** Bytes that are not valid in the file's declared (or UTF-8 default) encoding. */
        INVALID_ENCODING,
        /** Well-formed, but the glossary content breaks a rule (missing term, unknown status, ...). */
        INVALID_CONTENT
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final List<String> details;

    public GlossaryFileRejectedException(Reason reason, String message) {
        this(reason, message, List.of(), null);
    }

    public GlossaryFileRejectedException(Reason reason, String message, Throwable cause) {
        this(reason, message, List.of(), cause);
    }

    public GlossaryFileRejectedException(Reason reason, String message, List<String> details) {
        this(reason, message, details, null);
    }

    private GlossaryFileRejectedException(Reason reason, String message, List<String> details, Throwable cause) {
        super(kind(reason), message, cause);
        this.reason = reason;
        this.details = List.copyOf(details);
    }

    private static Kind kind(Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> Kind.TOO_LARGE;
            case INVALID_ENCODING, WRONG_FORMAT -> Kind.UNSUPPORTED;
            case EMPTY, MALFORMED, HOSTILE, INVALID_CONTENT -> Kind.UNPROCESSABLE;
        };
    }

    public Reason reason() {
        return reason;
    }

    /** The individual problems behind an {@link Reason#INVALID_CONTENT} rejection; empty for other reasons. */
    public List<String> details() {
        return details;
    }
}
