package app.redline.api;

import app.redline.base.database.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database is down (or restarting) a request fails within the pool's connection timeout and says why:
 * 503 with Retry-After, not a 500 or a redirect to the sign-in page. A resolver rather than an exception handler
 * because the failure comes wrapped in many types (no connection, a connection cut mid-transaction, a failed
 * rollback): it looks at the causes, answers when the database is the reason and otherwise leaves the exception
 * to the handlers in {@link ApiErrors}. Runs before them; only Spring Boot's error-attribute recorder runs earlier.
 */
@Component
class DatabaseUnavailableProblems implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableProblems.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!DatabaseUnavailable.causedBy(failure) || response.isCommitted()) {
            return null;
        }
        log.warn("{} {} answered 503: the database is unavailable ({})", request.getMethod(), request.getRequestURI(),
                failure.toString());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", DatabaseUnavailable.TITLE);
        problem.put("status", 503);
        problem.put("detail", DatabaseUnavailable.DETAIL);
        problem.put("instance", request.getRequestURI());
        try {
            response.resetBuffer();
            response.setStatus(503);
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            response.setContentType("application/problem+json");
            response.getWriter().write(JSON.writeValueAsString(problem));
        } catch (IOException cannotAnswer) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
