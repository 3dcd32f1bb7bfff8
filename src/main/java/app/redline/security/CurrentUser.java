package app.redline.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, read from the security context that the UI, the API and start-up jobs all set. */
public final class CurrentUser {

    private CurrentUser() {}

    public static String username() {
        return authentication().map(Authentication::getName)
                .orElseThrow(() -> new IllegalStateException("No user is signed in."));
    }

    public static boolean hasRole(String role) {
        return authentication().stream()
                .flatMap(auth -> auth.getAuthorities().stream())
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(auth -> auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken));
    }
}
