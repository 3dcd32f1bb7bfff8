package app.redline.checks.languagetool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.checks.CheckInput;
import app.redline.checks.CheckRunner;
import app.redline.checks.GlossaryIndex;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import app.redline.checks.languagetool.CircuitBreaker.State;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A LanguageTool server that is down, hangs or breaks: checks fail with a clear message, the circuit opens. */
class RemoteLanguageToolFailureTest {

    private static final CheckInput INPUT = new CheckInput("Readout.", null, "This sentense has a mistake.", "zh-CN",
            "en-US", GlossaryIndex.EMPTY);
    /** Holds every request to /slow until the tests are over: the server never answers within the timeout. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final AtomicInteger SLOW_REQUESTS = new AtomicInteger();
    private static HttpServer fake;

    private final MutableClock clock = new MutableClock();
    private final CircuitBreaker breaker = new CircuitBreaker("test server", 3, Duration.ofSeconds(30), clock);

    @BeforeAll
    static void startFakeServer() throws IOException {
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        fake.createContext("/slow/v2/check", exchange -> {
            SLOW_REQUESTS.incrementAndGet();
            try {
                RELEASE.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "{\"matches\":[]}");
        });
        fake.createContext("/overloaded/v2/check", exchange -> answer(exchange, 503, "Server overloaded"));
        fake.createContext("/html/v2/check", exchange -> answer(exchange, 200, "<html>Sign in</html>"));
        fake.createContext("/refusing/v2/check", exchange -> answer(exchange, 400, "Error: text too long"));
        fake.start();
    }

    @AfterAll
    static void stopFakeServer() {
        RELEASE.countDown();
        fake.stop(0);
    }

    @Test
    void aServerThatIsDownFailsTheCheckAndAfterThreeFailuresTheCircuitOpens() throws IOException {
        LanguageToolCheck check = check(URI.create("http://localhost:" + unusedPort()), Duration.ofSeconds(3));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> check.check(INPUT)).isInstanceOf(GrammarChecksUnavailableException.class)
                    .hasMessageStartingWith("Grammar checks are unavailable")
                    .hasMessageContaining("cannot be reached");
        }

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThatThrownBy(() -> check.check(INPUT)).isInstanceOf(GrammarChecksUnavailableException.class)
                .hasMessageContaining("kept failing").hasNoCause();
    }

    @Test
    void editingGoesOnTheRunnerShowsTheFailureAsAnIssue() throws IOException {
        LanguageToolCheck check = check(URI.create("http://localhost:" + unusedPort()), Duration.ofSeconds(3));

        List<Issue> issues = new CheckRunner(List.of(check)).run(INPUT);

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.checkId()).isEqualTo("languagetool");
            assertThat(issue.ruleId()).isEqualTo(CheckRunner.CHECK_FAILED);
            assertThat(issue.severity()).isEqualTo(Severity.INFO);
            assertThat(issue.message()).contains("unavailable");
        });
    }

    @Test
    void aServerThatDoesNotAnswerWithinTheTimeoutFailsTheCheckAndIsThenLeftAlone() {
        LanguageToolCheck check = check(fakeServer("/slow"), Duration.ofMillis(300));
        int before = SLOW_REQUESTS.get();

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> check.check(INPUT)).isInstanceOf(GrammarChecksUnavailableException.class)
                    .hasMessageContaining("did not answer within 300 ms");
        }
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThatThrownBy(() -> check.check(INPUT)).hasMessageContaining("kept failing").hasNoCause();
        assertThat(SLOW_REQUESTS.get() - before).as("requests that reached the server").isLessThanOrEqualTo(3);
    }

    @Test
    void anOverloadedServerCountsAsAFailure() {
        LanguageToolCheck check = check(fakeServer("/overloaded"), Duration.ofSeconds(3));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> check.check(INPUT)).hasMessageContaining("answered HTTP 503");
        }
        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void anAnswerThatIsNotLanguageToolsFailsTheCheck() {
        LanguageToolCheck check = check(fakeServer("/html"), Duration.ofSeconds(3));

        assertThatThrownBy(() -> check.check(INPUT)).isInstanceOf(GrammarChecksUnavailableException.class)
                .hasMessageContaining("cannot read");
    }

    @Test
    void aRefusedTextFailsThatCheckButLeavesTheCircuitClosed() {
        LanguageToolCheck check = check(fakeServer("/refusing"), Duration.ofSeconds(3));

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> check.check(INPUT)).hasMessageContaining("refused the text with HTTP 400");
        }
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    private LanguageToolCheck check(URI server, Duration timeout) {
        return new LanguageToolCheck(new RemoteLanguageTool(server, timeout, breaker));
    }

    private static URI fakeServer(String path) {
        return URI.create("http://" + fake.getAddress().getHostString() + ":" + fake.getAddress().getPort() + path);
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
