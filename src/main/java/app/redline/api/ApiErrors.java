package app.redline.api;

import app.redline.base.InvalidFieldException;
import app.redline.base.UserMessageException;
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
        ProblemDetail problem = problem(status(rejected), "Readout not imported", rejected.getMessage());
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
        ProblemDetail problem = problem(status(refused), "Review step refused", refused.getMessage());
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
        ProblemDetail problem = problem(status(rejected), "Glossary file not imported", rejected.getMessage());
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

    /**
     * Every other refusal the application wrote for users. A JDK or library exception (IllegalArgumentException,
     * NoSuchElementException, ...) has no handler here on purpose: its message was not written for users, so it
     * answers 500 with a reference (see {@link UnexpectedApiErrors}).
     */
    @ExceptionHandler
    ProblemDetail refused(UserMessageException refused) {
        ProblemDetail problem = problem(status(refused), refused.kind().title(), refused.getMessage());
        if (refused instanceof InvalidFieldException named) {
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

    private static HttpStatus status(UserMessageException refused) {
        return HttpStatus.valueOf(refused.kind().httpStatus());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
