package app.redline.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;

class AccessDeniedReasonsTest {

    @Test
    void namesTheRolesAPreAuthorizeRuleAskedFor() {
        var decision = new ExpressionAuthorizationDecision(false,
                new SpelExpressionParser().parseExpression("hasAnyRole('ADMIN', 'REVIEWER')"));

        assertThat(AccessDeniedReasons.explain(new AuthorizationDeniedException("Access Denied", decision)))
                .isEqualTo("Only the roles Administrator, Reviewer may do this. Your roles do not include any of them.");
    }

    @Test
    void keepsAMessageTheApplicationWroteAndReplacesTheGenericOne() {
        assertThat(AccessDeniedReasons.explain(new AccessDeniedException("Only reviewers approve segments.")))
                .isEqualTo("Only reviewers approve segments.");
        assertThat(AccessDeniedReasons.explain(new AccessDeniedException("Access Denied")))
                .isEqualTo(AccessDeniedReasons.FALLBACK);
    }
}
