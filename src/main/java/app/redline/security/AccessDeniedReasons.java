package app.redline.security;

import app.redline.user.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;

/**
 * Turns a refusal into a sentence a client can act on: the refusal's own message when the application wrote one
 * (the review workflow says who may act), else the roles a {@code @PreAuthorize} rule asked for.
 */
public final class AccessDeniedReasons {

    public static final String FALLBACK = "Your roles do not allow this request.";
    private static final Pattern QUOTED_ROLE = Pattern.compile("'([A-Z_]+)'");
    private static final List<String> GENERIC = List.of("access denied", "access is denied");

    private AccessDeniedReasons() {}

    public static String explain(AccessDeniedException denied) {
        if (denied instanceof AuthorizationDeniedException authorization
                && authorization.getAuthorizationResult() instanceof ExpressionAuthorizationDecision expression) {
            List<String> roles = rolesIn(expression.getExpression().getExpressionString());
            if (!roles.isEmpty()) {
                return (roles.size() == 1 ? "Only the role " + roles.getFirst() + " may do this."
                        : "Only the roles " + String.join(", ", roles) + " may do this.")
                        + " Your roles do not include " + (roles.size() == 1 ? "it." : "any of them.");
            }
        }
        String message = denied.getMessage();
        if (message == null || message.isBlank() || GENERIC.contains(message.strip().toLowerCase())) {
            return FALLBACK;
        }
        return message;
    }

    /** Role labels named in an expression such as {@code hasAnyRole('ADMIN', 'REVIEWER')}. */
    private static List<String> rolesIn(String expression) {
        List<String> labels = new ArrayList<>();
        Matcher matcher = QUOTED_ROLE.matcher(expression == null ? "" : expression);
        while (matcher.find()) {
            for (Role role : Role.values()) {
                if (role.name().equals(matcher.group(1))) {
                    labels.add(role.label());
                }
            }
        }
        return labels;
    }
}
