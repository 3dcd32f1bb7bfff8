package app.redline.document.importing;

import app.redline.base.UserMessageException;
import java.util.Objects;

// Thrown when an uploaded readout cannot become text; the message is meant to be shown to the translator as is.
public class ReadoutRejectedException extends UserMessageException {

    private static final long serialVersionUID = 1L;

    public enum Reason { EMPTY, TOO_LARGE, BINARY, INVALID_ENCODING }

    private final Reason reason;

    public ReadoutRejectedException(Reason reason, String message) {
        super(kind(reason), message);
        this.reason = reason;
    }

    private static Kind kind(Reason reason) {
        return switch (Objects.requireNonNull(reason, "reason")) {
            case TOO_LARGE -> Kind.TOO_LARGE;
            case BINARY, INVALID_ENCODING -> Kind.UNSUPPORTED;
            case EMPTY -> Kind.UNPROCESSABLE;
        };
    }

    public Reason reason() {
        return reason;
    }
}
