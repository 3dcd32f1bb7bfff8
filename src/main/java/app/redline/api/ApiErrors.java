package app.redline.api;

import app.redline.base.InvalidFieldException;
import app.redline.document.DocumentArchivedException;
import app.redline.document.SegmentConflictException;
import app.redline.document.importing.ReadoutRejectedException;
import app.redline.glossary.ConceptRejectedException;
import app.redline.glossary.GlossaryConflictException;
import app.redline.glossary.exchange.GlossaryFileRejectedException;
import app.redline.discussion.CommentRateLimitedException;
import app.redline.review.ReviewConflictException;
import app.redline.review.ReviewRefusedException;
import app.redline.security.AccessDeniedReasons;
import java.util.NoSuchElementException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every API error as an RFC 9457 problem detail with a sentence a person can act on. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler
    ProblemDetail rejected(ReadoutRejectedException rejected) {
        HttpStatus status = switch (rejected.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case BINARY, INVALID_ENCODING -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case EMPTY -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = problem(status, "Readout not imported", rejected.getMessage());
        problem.setProperty("reason", rejected.reason().name());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(SegmentConflictException conflict) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Segment changed since you loaded it", conflict.getMessage());
        problem.setProperty("currentVersion", conflict.current().version());
        problem.setProperty("currentText", conflict.current().cleanText());
        problem.setProperty("updatedBy", conflict.current().updatedBy());
        problem.setProperty("yourText", conflict.attemptedText());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail reviewConflict(ReviewConflictException conflict) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Segment changed since you loaded it", conflict.getMessage());
        problem.setProperty("currentVersion", conflict.current().version());
        problem.setProperty("currentStatus", conflict.current().status().name());
        problem.setProperty("currentRevisionNo", conflict.currentRevisionNo());
        problem.setProperty("updatedBy", conflict.current().updatedBy());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail reviewRefused(ReviewRefusedException refused) {
        HttpStatus status = switch (refused.refusal()) {
            case ROLE, FOUR_EYES, NOT_ASSIGNED -> HttpStatus.FORBIDDEN;
            case GATE, NOT_SEEN -> HttpStatus.UNPROCESSABLE_CONTENT;
            case STATE, NOT_TRANSLATABLE -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = problem(status, "Review step refused", refused.getMessage());
        problem.setProperty("refusal", refused.refusal().name());
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooManyComments(CommentRateLimitedException limited) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many comments", limited.getMessage());
        problem.setProperty("retryAfterSeconds", limited.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds())).body(problem);
    }

    @ExceptionHandler
    ProblemDetail glossaryFile(GlossaryFileRejectedException rejected) {
        HttpStatus status = switch (rejected.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case INVALID_ENCODING, WRONG_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = problem(status, "Glossary file not imported", rejected.getMessage());
        problem.setProperty("reason", rejected.reason().name());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conceptRejected(ConceptRejectedException rejected) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Glossary rules broken", rejected.getMessage());
        problem.setProperty("problems", rejected.problems());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail glossaryConflict(GlossaryConflictException conflict) {
        return problem(HttpStatus.CONFLICT, "Changed meanwhile", conflict.getMessage());
    }

    @ExceptionHandler
    ProblemDetail archived(DocumentArchivedException archived) {
        return problem(HttpStatus.CONFLICT, "Document archived", archived.getMessage());
    }

    /** Two saves of one row at the same moment (the version checks passed for both): the later one is refused. */
    @ExceptionHandler
    ProblemDetail raced(ObjectOptimisticLockingFailureException raced) {
        return problem(HttpStatus.CONFLICT, "Changed meanwhile", "Someone changed this at the same moment. Read it "
                + "again and repeat your change.");
    }

    @ExceptionHandler
    ProblemDetail notFound(NoSuchElementException missing) {
        return problem(HttpStatus.NOT_FOUND, "Not found", missing.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalid(IllegalArgumentException invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", invalid.getMessage());
        if (invalid instanceof InvalidFieldException named) {
            problem.setProperty("field", named.field());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", AccessDeniedReasons.explain(denied));
    }

    @ExceptionHandler
    ProblemDetail missingFile(MissingServletRequestPartException missing) {
        return problem(HttpStatus.BAD_REQUEST, "No file", "Send the readout as the multipart part 'file'.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
