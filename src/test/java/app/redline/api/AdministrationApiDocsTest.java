package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The endpoints that cover what the administration screens do are described in OpenAPI, each with a summary. */
@IntegrationTest
class AdministrationApiDocsTest {

    @LocalServerPort int port;

    @Test
    void everyNewEndpointIsDescribedWithASummary() {
        JsonNode paths = new ApiClient(port).send("GET", "/v3/api-docs", null, null).body().get("paths");
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("/api/v1/projects", List.of("get", "post")),
                Map.entry("/api/v1/projects/{projectId}", List.of("get")),
                Map.entry("/api/v1/projects/{projectId}/documents", List.of("get", "post")),
                Map.entry("/api/v1/documents/{documentId}", List.of("get")),
                Map.entry("/api/v1/documents/{documentId}/archive", List.of("post")),
                Map.entry("/api/v1/documents/{documentId}/restore", List.of("post")),
                Map.entry("/api/v1/glossaries/{glossaryId}/concepts", List.of("get", "post")),
                Map.entry("/api/v1/concepts/{conceptId}", List.of("get", "put", "delete")),
                Map.entry("/api/v1/concepts/{conceptId}/history", List.of("get")),
                Map.entry("/api/v1/users", List.of("get", "post")),
                Map.entry("/api/v1/users/{userId}/roles", List.of("put")),
                Map.entry("/api/v1/users/{userId}/disable", List.of("post")),
                Map.entry("/api/v1/users/{userId}/enable", List.of("post")));
        expected.forEach((path, methods) -> {
            assertThat(paths.has(path)).as(path).isTrue();
            for (String method : methods) {
                JsonNode operation = paths.get(path).get(method);
                assertThat(operation).as(method + " " + path).isNotNull();
                assertThat(operation.path("summary").asString("")).as(method + " " + path + " summary").isNotBlank();
            }
        });
    }
}
