package app.redline.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.redline.IntegrationTest;
import app.redline.base.UserMessageException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ApiTokenServiceTest {

    @Autowired ApiTokenService tokens;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyAPasswordSignInIssuesTokensNotABearerToken() {
        IssuedToken issued = withPassword("translator", () -> tokens.issueForCurrentUser("nightly import"));
        var user = tokens.authenticate(issued.secret()).orElseThrow();
        int before = count();

        // What BearerTokenFilter sets up for a request carrying that token: the user's roles, no password factor.
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        assertThatThrownBy(() -> tokens.issueForCurrentUser("offspring"))
                .isInstanceOf(AccessDeniedException.class).hasMessage(ApiTokenService.PASSWORD_NEEDED);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void tokensLive90DaysByDefaultOrTheDaysAskedOrForEver() {
        Instant now = Instant.now();

        assertThat(withPassword("reviewer", () -> tokens.issueForCurrentUser("default")).token().expiresAt())
                .isCloseTo(now.plus(Duration.ofDays(90)), within(1, ChronoUnit.MINUTES));
        assertThat(withPassword("reviewer", () -> tokens.issueForCurrentUser("a year", 365)).token().expiresAt())
                .isCloseTo(now.plus(Duration.ofDays(365)), within(1, ChronoUnit.MINUTES));
        assertThat(withPassword("reviewer", () -> tokens.issueForCurrentUser("no end", ApiTokenService.NEVER_EXPIRES))
                .token().expiresAt()).isNull();
        for (int days : new int[] {-5, ApiTokenService.MAX_LIFETIME_DAYS + 1}) {
            assertThatThrownBy(() -> withPassword("reviewer", () -> tokens.issueForCurrentUser("odd", days)))
                    .isInstanceOf(UserMessageException.class).hasMessageContaining("1 to 3650 days");
        }
    }

    @Test
    void anExpiredTokenIsRefusedWithTheDateItExpiredAndARevokedOneStaysUnknown() {
        IssuedToken expiring = withPassword("glossary", () -> tokens.issueForCurrentUser("short-lived", 1));
        IssuedToken revoked = withPassword("glossary", () -> tokens.issueForCurrentUser("revoked"));
        jdbc.update("update api_token set expires_at = timestamptz '2026-02-01 08:30:00+00' where id = ?", expiring.token().id());
        withPassword("glossary", () -> {
            tokens.revokeForCurrentUser(revoked.token().id());
            return null;
        });

        assertThatThrownBy(() -> tokens.authenticate(expiring.secret()))
                .isInstanceOf(CredentialsExpiredException.class)
                .hasMessageStartingWith("The token expired on 2026-02-01 08:30 UTC.");
        assertThat(tokens.authenticate(revoked.secret())).isEmpty();
        assertThat(withPassword("glossary", () -> tokens.listForCurrentUser()).stream()
                .filter(token -> token.id() == expiring.token().id()).findFirst().orElseThrow())
                .satisfies(token -> {
                    assertThat(token.expired()).isTrue();
                    assertThat(token.active()).isFalse();
                });
    }

    /** Signed in as after the sign-in form or HTTP Basic: the password factor besides the user's authorities. */
    private static <T> T withPassword(String username, Supplier<T> work) {
        List<GrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_TRANSLATOR")));
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from api_token", Integer.class);
    }
}
