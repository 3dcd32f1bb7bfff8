package app.redline.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import app.redline.user.Role;
import java.io.IOException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only failures under /api/: the application itself has no endpoint that fails on purpose, and a test must see
 * what a real bug would produce. The "secret" in each message must never reach the client.
 */
final class FailingEndpoints {

    static final String SECRET = "secret-password-hunter2";

    private FailingEndpoints() {}

    @RestController
    static class Controller {

        @GetMapping("/api/test/failures/in-controller")
        String inController() {
            throw new IllegalStateException("Broken on purpose: " + SECRET);
        }

        /** The JDK's own IllegalArgumentException, whose message names a class and echoes the value. */
        @GetMapping("/api/test/failures/jdk-illegal-argument")
        String jdkIllegalArgument() {
            return Enum.valueOf(Role.class, SECRET).name();
        }

        /** The JDK's own NoSuchElementException ("No value present"): a bug, not a missing record. */
        @GetMapping("/api/test/failures/jdk-no-such-element")
        String jdkNoSuchElement() {
            return Optional.<String>empty().orElseThrow();
        }
    }

    /** After the security filters, as a failing bearer-token lookup would be. */
    @Component
    static class FailingFilter implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, jakarta.servlet.ServletException {
            if ("/api/test/failures/in-filter".equals(((HttpServletRequest) request).getRequestURI())) {
                throw new IllegalStateException("Broken in a filter on purpose: " + SECRET);
            }
            chain.doFilter(request, response);
        }
    }
}
