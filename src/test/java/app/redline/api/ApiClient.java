package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of the REST API tests, so each test says what it asks and expects rather than carrying its own copy
 * of token sign-in, request building and response reading. Never throws on an error status: every answer, refusals
 * included, comes back as a {@link Response} for the test to assert on.
 */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;

    ApiClient(int port) {
        http = RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    /**
     * One answer: its status, content type and disposition headers and the body as text.
     *
     * @param raw     the body as sent, empty when there was none
     * @param headers all of the answer's headers
     */
    record Response(int status, String contentType, String disposition, String raw, HttpHeaders headers) {

        /** The body as JSON: an empty object when there was no body. */
        JsonNode body() {
            return raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw);
        }
    }

    /** A bearer token for a demo user (password "demo"); fails the test unless one is issued. */
    String token(String username) {
        return token(username, "demo");
    }

    /** A bearer token signed in with the given password; fails the test unless one is issued. */
    String token(String username, String password) {
        Response created = tokenResponse(username, password);
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("token").asString();
    }

    /** The answer to asking for a token with HTTP Basic, whatever it is. */
    Response tokenResponse(String username, String password) {
        return tokenResponse(username, password, Map.of("name", "api test"));
    }

    /** The answer to asking for a token with HTTP Basic and this request body, whatever it is. */
    Response tokenResponse(String username, String password, Map<String, Object> body) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.post().uri("/api/v1/tokens")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((request, response) -> read(response));
    }

    /** A request with the bearer token (none if null) and the body as JSON (none if null). */
    Response send(String method, String path, String token, Object body) {
        var spec = http.method(HttpMethod.valueOf(method)).uri(path);
        if (token != null) {
            spec = spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((request, response) -> read(response));
    }

    /** A multipart POST of one file as the "file" part, the way a browser or script uploads it. */
    Response upload(String path, String token, String fileName, byte[] content) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((request, response) -> read(response));
    }

    private static Response read(ClientHttpResponse response) throws IOException {
        String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        return new Response(response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
                response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION), body, response.getHeaders());
    }
}
