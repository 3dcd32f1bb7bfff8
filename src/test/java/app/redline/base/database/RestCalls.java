package app.redline.base.database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** REST calls against a child app; a failed connection is an answer too (status 0), for tests that break things. */
final class RestCalls {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    RestCalls(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Answer(int status, String raw, Optional<String> retryAfter, Duration took) {
        JsonNode body() {
            return raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw);
        }
    }

    /** A bearer token for the user, or the refusal as it came. */
    Answer token(String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request("/api/v1/tokens").header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"database test\"}")));
    }

    String tokenFor(String username) {
        Answer answer = token(username, "demo");
        if (answer.status() != 201) {
            throw new AssertionError("No token for " + username + ": " + answer);
        }
        return answer.body().get("token").asString();
    }

    Answer get(String path, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).GET());
    }

    Answer put(String path, String token, Map<String, Object> body) {
        return send(request(path).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    }

    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Retry-After"),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException failed) {
            return new Answer(0, "", Optional.empty(), Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
