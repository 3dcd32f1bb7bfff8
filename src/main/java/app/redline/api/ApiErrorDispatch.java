package app.redline.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * The container's error dispatch for a request under /api/ (an exception in a filter, a sendError): answered here as
 * problem JSON, before the browser's security chain would redirect a script to the sign-in page.
 */
class ApiErrorDispatch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = originalPath(request);
        if (request.getDispatcherType() != DispatcherType.ERROR || !UnexpectedFailures.isApi(path)) {
            chain.doFilter(request, response);
            return;
        }
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatus status = status(request);
        if (failure != null || status.is5xxServerError()) {
            UnexpectedFailures.answer(request, path, failure, response);
            return;
        }
        UnexpectedFailures.write(response, status, UnexpectedFailures.problem(status, status.getReasonPhrase(),
                detail(status), path));
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            return null;
        }
        String path = uri.toString();
        return path.startsWith(request.getContextPath()) ? path.substring(request.getContextPath().length()) : path;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is no API endpoint at this address. The endpoints are listed at /swagger-ui.html.";
            case CONTENT_TOO_LARGE -> "The request is larger than the server accepts.";
            case UNAUTHORIZED -> "Send 'Authorization: Bearer <token>'.";
            default -> "The request could not be handled: " + status.getReasonPhrase() + ".";
        };
    }
}
