package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.api.ApiClient.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** User administration over HTTP: administrators only, the Users screen's rules, never a password hash. */
@IntegrationTest
class UsersApiTest {

    static final String PASSWORD = "a long enough password";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        admin = api.token("admin");
    }

    @Test
    void administratorsListUsersWithRolesAndNeverAPasswordHash() {
        Response listed = api.send("GET", "/api/v1/users", admin, null);

        assertThat(listed.status()).isEqualTo(200);
        JsonNode translator = listed.body().valueStream()
                .filter(user -> user.get("username").asString().equals("translator")).findFirst().orElseThrow();
        assertThat(translator.get("enabled").asBoolean()).isTrue();
        assertThat(translator.get("roles").valueStream().map(JsonNode::asString)).containsExactly("TRANSLATOR");
        assertThat(listed.raw()).doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}", "$2a$");
    }

    @Test
    void everyOtherRoleIsRefusedEveryUserEndpointAndReadsWhy() {
        long someone = create(newUser("translator")).get("id").asLong();
        for (String user : ProjectsApiTest.NOT_ADMINISTRATORS) {
            String token = api.token(user);
            List<Response> refusals = List.of(
                    api.send("GET", "/api/v1/users", token, null),
                    api.send("POST", "/api/v1/users", token, newUser("translator")),
                    api.send("PUT", "/api/v1/users/" + someone + "/roles", token, Map.of("roles", List.of("ADMIN"))),
                    api.send("POST", "/api/v1/users/" + someone + "/disable", token, null),
                    api.send("POST", "/api/v1/users/" + someone + "/enable", token, null));
            for (Response refused : refusals) {
                assertThat(refused.status()).as(user).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.body().get("detail").asString()).isEqualTo(
                        "Only the role Administrator may do this. Your roles do not include it.");
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from user_role where user_id = ?", Integer.class, someone)).isOne();
    }

    @Test
    void aCreatedUserSignsInWithTheInitialPasswordAndHoldsTheRolesGiven() {
        Map<String, Object> body = newUser("reviewer", "GLOSSARY_MANAGER");
        JsonNode created = create(body);

        assertThat(created.get("roles").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("REVIEWER", "GLOSSARY_MANAGER");
        String token = api.token((String) body.get("username"), PASSWORD);
        assertThat(api.send("GET", "/api/v1/users", token, null).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class,
                created.get("id").asLong())).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void refusalsNameTheFieldAndFollowTheScreensPasswordRules() {
        String taken = "translator";
        List<Map.Entry<String, Map<String, Object>>> cases = List.of(
                Map.entry("password", with(newUser("translator"), "password", "demo")),
                Map.entry("password", with(newUser("translator"), "password", " DEMO ")),
                Map.entry("password", with(newUser("translator"), "password", "short")),
                Map.entry("username", with(newUser("translator"), "username", "Not A Name!")),
                Map.entry("username", with(newUser("translator"), "username", taken)),
                Map.entry("roles", with(newUser("translator"), "roles", List.of("WIZARD"))),
                Map.entry("roles", with(newUser("translator"), "roles", "ADMIN")));
        for (var refusal : cases) {
            Response refused = api.send("POST", "/api/v1/users", admin, refusal.getValue());
            assertThat(refused.status()).as(refusal.getValue().toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("field").asString()).as(refusal.getValue().toString()).isEqualTo(refusal.getKey());
        }
        Response demo = api.send("POST", "/api/v1/users", admin, with(newUser("translator"), "password", "demo"));
        assertThat(demo.body().get("detail").asString()).contains("the demo accounts' password");
        Response wizard = api.send("POST", "/api/v1/users", admin, with(newUser("translator"), "roles", List.of("WIZARD")));
        assertThat(wizard.body().get("detail").asString()).contains("WIZARD", "TRANSLATOR", "ADMIN");
    }

    @Test
    void rolesAreReplacedAndADisabledUsersTokenStopsWorkingUntilEnabled() {
        Map<String, Object> body = newUser("translator");
        long id = create(body).get("id").asLong();
        String token = api.token((String) body.get("username"), PASSWORD);

        Response roles = api.send("PUT", "/api/v1/users/" + id + "/roles", admin, Map.of("roles", List.of("reviewer", "ADMIN")));
        assertThat(roles.status()).isEqualTo(200);
        assertThat(roles.body().get("roles").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("REVIEWER", "ADMIN");
        assertThat(api.send("PUT", "/api/v1/users/" + id + "/roles", admin, Map.of()).body().get("field").asString())
                .isEqualTo("roles");

        Response disabled = api.send("POST", "/api/v1/users/" + id + "/disable", admin, null);
        assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
        assertThat(api.send("GET", "/api/v1/projects", token, null).status()).isEqualTo(401);
        assertThat(api.send("POST", "/api/v1/users/" + id + "/enable", admin, null).body().get("enabled").asBoolean()).isTrue();
        assertThat(api.send("GET", "/api/v1/projects", token, null).status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/users/" + Long.MAX_VALUE + "/disable", admin, null).status()).isEqualTo(404);
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        long self = idOf("admin");

        Response refused = api.send("POST", "/api/v1/users/" + self + "/disable", admin, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString()).contains("your own account");
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, self)).isTrue();
    }

    @Test
    void theLastEnabledAdministratorKeepsTheRoleAndOthersMayGiveItUp() {
        Map<String, Object> body = newUser("ADMIN");
        long solo = create(body).get("id").asLong();
        String soloToken = api.token((String) body.get("username"), PASSWORD);
        List<Long> others = jdbc.queryForList("""
                update app_user set enabled = false
                where enabled and id <> ? and id in (select user_id from user_role where role = 'ADMIN') returning id""",
                Long.class, solo);
        try {
            Response demoted = api.send("PUT", "/api/v1/users/" + solo + "/roles", soloToken, Map.of("roles", List.of("TRANSLATOR")));
            assertThat(demoted.status()).isEqualTo(400);
            assertThat(demoted.body().get("detail").asString()).contains("last administrator");
        } finally {
            others.forEach(id -> jdbc.update("update app_user set enabled = true where id = ?", id));
        }
        Response givenUp = api.send("PUT", "/api/v1/users/" + solo + "/roles", soloToken, Map.of("roles", List.of("TRANSLATOR")));
        assertThat(givenUp.status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/users", soloToken, null).status()).as("no longer an administrator").isEqualTo(403);
    }

    private JsonNode create(Map<String, Object> user) {
        Response created = api.send("POST", "/api/v1/users", admin, user);
        assertThat(created.status()).isEqualTo(201);
        return created.body();
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private static Map<String, Object> newUser(String... roles) {
        var user = new HashMap<String, Object>();
        user.put("username", "api-" + UUID.randomUUID().toString().substring(0, 8));
        user.put("displayName", "API Person");
        user.put("password", PASSWORD);
        user.put("roles", List.of(roles));
        return user;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
