package app.redline.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser door over raw HTTP: security headers, the session cookie, sign-in forms posted from other sites, and
 * whose address the sign-in throttle counts when no proxy is trusted (the default).
 */
@IntegrationTest
class BrowserDoorHardeningTest {

    @LocalServerPort int port;
    @Autowired LoginThrottle throttle;

    @Test
    void screensCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).GET());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(header(login, "Content-Security-Policy")).contains("default-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'");
        assertThat(header(login, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(login, "Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(header(login, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(login, "X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void sessionCookieIsSameSiteLaxAndNotSecureWhenAnUntrustedClientClaimsHttps() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").GET());

        assertThat(header(login, "Set-Cookie")).startsWith("JSESSIONID=").contains("SameSite=Lax", "HttpOnly")
                .doesNotContain("Secure");
    }

    @Test
    void signInFormPostedFromAnotherSiteSignsNobodyIn() throws Exception {
        Map<String, String> crossSite = Map.of("Origin", "https://evil.example");
        Map<String, String> crossSiteByFetchMetadata = Map.of("Origin", origin(), "Sec-Fetch-Site", "cross-site");
        for (Map<String, String> headers : new Map[] {crossSite, crossSiteByFetchMetadata}) {
            HttpResponse<String> refused = postLogin("translator", "demo", headers);

            assertThat(refused.statusCode()).as("%s", headers).isEqualTo(403);
            assertThat(signedIn(refused)).isFalse();
        }
    }

    @Test
    void signInFormFromThisSiteStillSignsIn() throws Exception {
        HttpResponse<String> accepted = postLogin("translator", "demo", Map.of("Origin", origin(), "Sec-Fetch-Site", "same-origin"));

        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(header(accepted, "Location")).doesNotContain("error");
        assertThat(signedIn(accepted)).isTrue();
    }

    @Test
    void throttleCountsTheConnectingAddressNotAForwardedOneFromAnUntrustedClient() throws Exception {
        String claimed = "203.0.113.77";
        int before = throttle.recentFailuresFrom("127.0.0.1");
        String basic = Base64.getEncoder().encodeToString("nobody-xff:wrong".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                .header("Authorization", "Basic " + basic)
                .header("X-Forwarded-For", claimed)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(throttle.recentFailuresFrom(claimed)).isZero();
        assertThat(throttle.recentFailuresFrom("127.0.0.1")).isEqualTo(before + 1);
    }

    private HttpResponse<String> postLogin(String username, String password, Map<String, String> headers) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request);
    }

    /** Whether the session the answer set (if any) opens a signed-in screen instead of redirecting to /login. */
    private boolean signedIn(HttpResponse<String> answer) throws Exception {
        var cookie = answer.headers().firstValue("Set-Cookie");
        if (cookie.isEmpty()) {
            return false;
        }
        HttpResponse<String> start = send(HttpRequest.newBuilder(uri("/")).header("Cookie", cookie.get().split(";", 2)[0]).GET());
        return start.statusCode() == 200;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String header(HttpResponse<?> answer, String name) {
        return answer.headers().firstValue(name).orElse("");
    }

    private String origin() {
        return "http://127.0.0.1:" + port;
    }

    private URI uri(String path) {
        return URI.create(origin() + path);
    }
}
