package app.redline.security;

import app.redline.base.database.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (DatabaseUnavailable.causedBy(exception)) { // the user could not be looked up: not the client's fault
            ProblemResponses.databaseUnavailable(response);
            return;
        }
        if (exception instanceof LockedException paused) { // ThrottledAuthenticationProvider's sentence
            ProblemResponses.write(response, 429, "Too many failed sign-ins", paused.getMessage());
            return;
        }
        ProblemResponses.write(response, 401, "Authentication required",
                "Send 'Authorization: Bearer <token>' (create a token under 'API tokens' in the app), "
                        + "or your user name and password over HTTP Basic to POST /api/v1/tokens.");
    }
}
