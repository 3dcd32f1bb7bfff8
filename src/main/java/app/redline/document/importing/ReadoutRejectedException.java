package app.redline.document.importing;

import java.util.Objects;

// Thrown when an uploaded readout cannot become text; the message is meant to be shown to the translator as is.
public class ReadoutRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { EMPTY, TOO_LARGE, BINARY, INVALID_ENCODING }

    private final Reason reason;

    public ReadoutRejectedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
