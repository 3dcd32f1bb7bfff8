package app.redline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The address and scheme a request is taken to come from, in a real Tomcat with the valve as the application
 * configures it: X-Forwarded-For and X-Forwarded-Proto count only when a listed proxy sends them.
 */
class TrustedProxiesTest {

    @Test
    void aTrustedProxysForwardedAddressAndHttpsAreUsedAndTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> answer = requestThrough(List.of("127.0.0.1"));

        assertThat(answer.body()).isEqualTo("203.0.113.9 secure=true host=redline.example.org:443");
        assertThat(answer.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("Secure"));
    }

    @Test
    void anUntrustedPeersForwardedHeadersAreIgnored() throws Exception {
        for (List<String> proxies : List.of(List.<String>of(), List.of("10.1.2.3", "172.18.0.0/16", "::1"))) {
            HttpResponse<String> answer = requestThrough(proxies);

            assertThat(answer.body()).as("trusting %s", proxies).startsWith("127.0.0.1 secure=false host=127.0.0.1:");
            assertThat(answer.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                    assertThat(cookie).doesNotContain("Secure"));
        }
    }

    @Test
    void entriesBecomeCidrRangesSoTomcatNeverReadsThemAsARegex() {
        assertThat(TrustedProxies.cidrs(List.of("10.0.0.5", "172.18.0.0/16", "::1", "fd00::/8")))
                .isEqualTo("10.0.0.5/32,172.18.0.0/16,::1/128,fd00::/8");
    }

    @Test
    void refusesWhatIsNotAnAddressWithoutLookingItUp() {
        for (String wrong : List.of("proxy.example.com", "10.0.0.0/33", "10.0.0.*", "cafe")) {
            assertThatThrownBy(() -> TrustedProxies.cidrs(List.of(wrong)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("REDLINE_TRUSTED_PROXIES").hasMessageContaining(wrong);
        }
    }

    @Test
    void productionBelievesNoForwardedHeadersUntilProxiesAreListed() throws Exception {
        var environment = new StandardEnvironment();
        var loader = new PropertiesPropertySourceLoader();
        for (String file : List.of("application-production.properties", "application.properties")) {
            loader.load(file, new ClassPathResource(file)).forEach(environment.getPropertySources()::addLast);
        }

        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("none");
        assertThat(environment.getProperty("redline.trusted-proxies")).isEmpty();
    }

    /** One request from 127.0.0.1 claiming to forward 203.0.113.9 over https to redline.example.org, to a Tomcat trusting these proxies. */
    private static HttpResponse<String> requestThrough(List<String> proxies) throws Exception {
        var factory = new TomcatServletWebServerFactory(0);
        new TrustedProxies(proxies).customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("echo", new EchoServlet()).addMapping("/"));
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/"))
                    .header("X-Forwarded-For", "203.0.113.9")
                    .header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "redline.example.org")
                    .build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            server.stop();
        }
    }

    private static final class EchoServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.getSession(true);
            response.getWriter().write(request.getRemoteAddr() + " secure=" + request.isSecure()
                    + " host=" + request.getServerName() + ":" + request.getServerPort());
        }
    }
}
