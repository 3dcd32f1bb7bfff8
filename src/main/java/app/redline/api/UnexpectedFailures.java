package app.redline.api;

import app.redline.base.ErrorReference;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem answers written outside the controllers' advice: a failure nobody expected answers 500 with a reference
 * that the log line with the stack trace also carries, and never the exception's message, class or stack trace.
 */
final class UnexpectedFailures {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailures.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private UnexpectedFailures() {}

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** Logs the failure with a new reference and answers 500 with that reference. */
    static void answer(HttpServletRequest request, String path, Throwable failure, HttpServletResponse response)
            throws IOException {
        String reference = ErrorReference.next();
        LOG.error("Unexpected error, reference {}, on {} {}", reference, request.getMethod(), path, failure);
        Map<String, Object> problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "Something went wrong on the server and the request was not completed. If it happens again, "
                        + "tell your administrator the reference " + reference + ".", path);
        problem.put("reference", reference);
        write(response, HttpStatus.INTERNAL_SERVER_ERROR, problem);
    }

    static Map<String, Object> problem(HttpStatus status, String title, String detail, String path) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", path);
        return problem;
    }

    static void write(HttpServletResponse response, HttpStatus status, Map<String, Object> problem) throws IOException {
        if (response.isCommitted()) {
            return; // the answer has begun; all that is left is the log line
        }
        response.reset();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
        response.flushBuffer();
    }
}
