package app.redline.checks.languagetool;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LanguageTool behind its HTTP API ({@code POST /v2/check}), for deployments that run checks on LanguageTool servers
 * of their own. A slow server costs a check at most the timeout; a failing one is cut off by the circuit breaker.
 */
final class RemoteLanguageTool implements GrammarEngine {

    private static final Logger log = LoggerFactory.getLogger(RemoteLanguageTool.class);
    /** A fresh server loads a language on its first request, which can take longer than a check may wait. */
    private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(60);

    private final URI server;
    private final URI checkUri;
    private final Duration timeout;
    private final CircuitBreaker breaker;
    private final HttpClient http;

    RemoteLanguageTool(URI server, Duration timeout, CircuitBreaker breaker) {
        this.server = server;
        this.checkUri = URI.create(server.toString().replaceAll("/+$", "") + "/v2/check");
        this.timeout = timeout;
        this.breaker = breaker;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    @Override
    public List<GrammarMatch> check(String text, String languageTag) {
        if (!breaker.tryAcquire()) {
            throw GrammarChecksUnavailableException.failingFast("LanguageTool at " + server
                    + " kept failing; it is tried again after " + breaker.coolDown().toSeconds() + " s");
        }
        HttpResponse<String> response;
        try {
            response = post(text, languageTag, timeout);
        } catch (IOException | InterruptedException e) {
            breaker.failed();
            throw unavailable(e);
        }
        int status = response.statusCode();
        if (status >= 500 || status == 429) {
            breaker.failed();
            throw new GrammarChecksUnavailableException("LanguageTool at " + server + " answered HTTP " + status, null);
        }
        breaker.succeeded(); // it answered; a refused text is about the text, not the server's health
        if (status != 200) {
            throw new GrammarChecksUnavailableException("LanguageTool at " + server + " refused the text with HTTP "
                    + status + ": " + abbreviate(response.body()), null);
        }
        try {
            return LanguageToolResponse.matches(response.body());
        } catch (IllegalArgumentException e) {
            throw new GrammarChecksUnavailableException("LanguageTool at " + server + " gave an answer Redline cannot read", e);
        }
    }

    /**
     * One small check per language: logs whether the server answers, and has it load the language ahead. It goes
     * around the circuit breaker, with a longer timeout, so that a server still loading at start does not open it.
     */
    @Override
    public void warm(String languageTag) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = post("This is a warm-up sentence.", languageTag, WARM_UP_TIMEOUT);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (response.statusCode() == 200) {
                log.info("LanguageTool server at {} ready for {} in {} ms", server, TargetLanguage.tag(languageTag), millis);
            } else {
                log.warn("LanguageTool server at {} answered HTTP {} for {}", server, response.statusCode(),
                        TargetLanguage.tag(languageTag));
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("LanguageTool server at {} does not answer ({}); grammar checks are unavailable until it does",
                    server, e.toString());
        }
    }

    private HttpResponse<String> post(String text, String languageTag, Duration timeout)
            throws IOException, InterruptedException {
        String form = "language=" + encode(TargetLanguage.tag(languageTag)) + "&text=" + encode(text);
        HttpRequest request = HttpRequest.newBuilder(checkUri)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private GrammarChecksUnavailableException unavailable(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new GrammarChecksUnavailableException("the check was interrupted", e);
        }
        if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException) {
            return new GrammarChecksUnavailableException("LanguageTool at " + server + " cannot be reached", e);
        }
        if (e instanceof HttpTimeoutException) {
            return new GrammarChecksUnavailableException("LanguageTool at " + server + " did not answer within "
                    + timeout.toMillis() + " ms", e);
        }
        return new GrammarChecksUnavailableException("LanguageTool at " + server + " failed: " + e, e);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }
}
