package app.redline.security;

import app.redline.base.database.DatabaseUnavailable;
import app.redline.user.ApiTokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates "Authorization: Bearer rl_..." personal access tokens; a wrong or expired token is a 401. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private final ApiTokenService tokens;

    BearerTokenFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserDetails> user;
        try {
            user = tokens.authenticate(header.substring(BEARER.length()).strip());
        } catch (CredentialsExpiredException expired) {
            ProblemResponses.write(response, 401, "Token expired", expired.getMessage());
            return;
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.causedBy(failure)) {
                throw failure;
            }
            ProblemResponses.databaseUnavailable(response); // the token could not be checked, not a wrong token
            return;
        }
        if (user.isEmpty()) {
            ProblemResponses.write(response, 401, "Invalid token",
                    "The bearer token is unknown or revoked. Create a new one under 'API tokens' or with POST /api/v1/tokens.");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
