package app.redline.security;

import app.redline.user.ApiTokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the token endpoint a bearer token is refused outright, valid or not: tokens are made with the password, so
 * revoking a token can never leave tokens it made behind.
 */
class NoTokensForTokens extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ProblemResponses.write(response, 403, "Password needed", ApiTokenService.PASSWORD_NEEDED);
            return;
        }
        chain.doFilter(request, response);
    }
}
