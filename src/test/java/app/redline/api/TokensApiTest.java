package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.redline.IntegrationTest;
import app.redline.api.ApiClient.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tokens are made with the password only, never with a token, and expire: 90 days unless asked otherwise. */
@IntegrationTest
class TokensApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void aTokenCannotMakeTokensWhateverItsRoles() {
        for (String user : List.of("translator", "reviewer", "glossary", "admin")) {
            String token = api.token(user);
            int before = tokensOf(user);

            Response refused = api.send("POST", "/api/v1/tokens", token, Map.of("name", "offspring"));

            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("detail").asString()).startsWith("Create tokens with your password");
            assertThat(tokensOf(user)).as("tokens of " + user).isEqualTo(before);
        }
        assertThat(api.send("POST", "/api/v1/tokens", "rl_not-a-real-token", null).status()).isEqualTo(403);
    }

    @Test
    void aNewTokenExpiresIn90DaysUnlessAskedOtherwiseAndTheAnswerSaysWhen() {
        Response standard = api.tokenResponse("translator", "demo", Map.of("name", "default lifetime"));
        Response month = api.tokenResponse("translator", "demo", Map.of("name", "a month", "expiresInDays", 30));
        Response never = api.tokenResponse("translator", "demo", Map.of("name", "for ever", "expiresInDays", 0));

        assertThat(standard.status()).isEqualTo(201);
        assertThat(expiresAt(standard)).isCloseTo(Instant.now().plus(Duration.ofDays(90)), within(5, ChronoUnit.MINUTES));
        assertThat(expiresAt(month)).isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(5, ChronoUnit.MINUTES));
        assertThat(never.status()).isEqualTo(201);
        assertThat(never.body().get("expiresAt").isNull()).isTrue();
        for (int days : new int[] {-1, 3651}) {
            Response invalid = api.tokenResponse("translator", "demo", Map.of("name", "odd", "expiresInDays", days));
            assertThat(invalid.status()).as(days + " days").isEqualTo(400);
            assertThat(invalid.body().get("detail").asString()).contains("1 to 3650 days");
        }
    }

    @Test
    void anExpiredTokenIsRefusedSayingWhenItExpired() {
        String token = api.token("reviewer");
        assertThat(api.send("GET", "/api/v1/review/queue?size=1", token, null).status()).isEqualTo(200);
        jdbc.update("update api_token set expires_at = timestamptz '2026-01-31 10:00:00+00' "
                + "where token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')", token);

        Response expired = api.send("GET", "/api/v1/review/queue?size=1", token, null);

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body().get("title").asString()).isEqualTo("Token expired");
        assertThat(expired.body().get("detail").asString()).startsWith("The token expired on 2026-01-31 10:00 UTC.");
    }

    private int tokensOf(String user) {
        return jdbc.queryForObject("select count(*) from api_token t join app_user u on u.id = t.user_id where u.username = ?",
                Integer.class, user);
    }

    private static Instant expiresAt(Response created) {
        return Instant.parse(created.body().get("expiresAt").asString());
    }
}
