package app.redline.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UrlPathHelper;

/**
 * Requests the API cannot even read, answered before Spring's generic problem handler: a path with no endpoint, an
 * upload over the size limit, a multipart body that does not parse (cut off, or a file name with a NUL in it), a JSON
 * body or a parameter of the wrong shape (each named in the property "field").
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestShapeErrors {

    private final DataSize maxUpload;

    RequestShapeErrors(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxUpload) {
        this.maxUpload = maxUpload;
    }

    @ExceptionHandler
    ProblemDetail noEndpoint(NoResourceFoundException missing, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "No such endpoint", "There is no API endpoint " + request.getMethod()
                + " " + new UrlPathHelper().getPathWithinApplication(request) + ". The endpoints are listed at /swagger-ui.html.");
    }

    @ExceptionHandler
    ProblemDetail tooLarge(MaxUploadSizeExceededException tooLarge) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Upload too large", "The upload is larger than the "
                + maxUpload.toMegabytes() + " MB the server accepts. Split the file and upload the parts.");
    }

    @ExceptionHandler
    ProblemDetail unreadableUpload(MultipartException broken) {
        return problem(HttpStatus.BAD_REQUEST, "Upload not readable", "The multipart body could not be read: it is "
                + "cut off or malformed, or a file name contains a character that is not allowed (such as NUL). Send the "
                + "file again as the multipart part 'file' with a plain file name.");
    }

    @ExceptionHandler
    ProblemDetail unreadableBody(HttpMessageNotReadableException unreadable) {
        return JsonBodyProblems.of(unreadable);
    }

    @ExceptionHandler
    ProblemDetail wrongParameter(MethodArgumentTypeMismatchException mismatch) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid parameter", "The parameter '" + mismatch.getName()
                + "' must be " + JsonBodyProblems.expected(mismatch.getRequiredType()) + "; '" + mismatch.getValue()
                + "' is not.");
        problem.setProperty("field", mismatch.getName());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail missingParameter(MissingServletRequestParameterException missing) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Missing parameter", "Send the parameter '"
                + missing.getParameterName() + "'.");
        problem.setProperty("field", missing.getParameterName());
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
