package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.project.ProjectService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever goes wrong under /api/, a script gets problem JSON with a status it can act on: never the sign-in page, a
 * Vaadin page, a reset connection, or the exception's message.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiFailureAnswersTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;

    ApiClient api;
    String token;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        token = api.token("translator");
    }

    @Test
    void unexpectedExceptionIsA500ProblemWithAReferenceTheLogAlsoHas(CapturedOutput log) {
        Response failed = api.send("GET", "/api/test/failures/in-controller", token, null);

        assertIsUnexpectedProblem(failed, log);
    }

    @Test
    void failureBeforeTheControllersIsAProblemNotARedirectToSignIn(CapturedOutput log) {
        Response failed = api.send("GET", "/api/test/failures/in-filter", token, null);

        assertIsUnexpectedProblem(failed, log);
    }

    /** Its message was written for programmers (and here echoes the value), so it is no 400 with that message. */
    @Test
    void jdkIllegalArgumentExceptionIsA500WithAReferenceNotA400WithItsMessage(CapturedOutput log) {
        Response failed = api.send("GET", "/api/test/failures/jdk-illegal-argument", token, null);

        assertIsUnexpectedProblem(failed, "IllegalArgumentException: No enum constant", log);
        assertThat(failed.raw()).doesNotContain("No enum constant", "app.redline.user.Role");
    }

    @Test
    void jdkNoSuchElementExceptionIsA500WithAReferenceNotA404(CapturedOutput log) {
        Response failed = api.send("GET", "/api/test/failures/jdk-no-such-element", token, null);

        assertIsUnexpectedProblem(failed, "NoSuchElementException: No value present", log);
        assertThat(failed.raw()).doesNotContain("No value present");
    }

    @Test
    void unknownApiPathIsA404ProblemNotTheWebPage() {
        for (String method : new String[] {"GET", "POST", "DELETE"}) {
            Response missing = api.send(method, "/api/v1/no-such-thing", token, method.equals("POST") ? Map.of() : null);

            assertThat(missing.status()).as(method).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("application/problem+json");
            assertThat(missing.body().get("detail").asString()).contains("/api/v1/no-such-thing", "/swagger-ui.html");
        }
    }

    @Test
    void uploadOverTheSizeLimitIsA413Problem() {
        long projectId = DocumentFixtures.newProject(projects).id();

        Response refused = api.upload("/api/v1/projects/" + projectId + "/documents", token, "huge.txt",
                new byte[70 * 1024 * 1024]);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").asString()).contains("64 MB");
    }

    @Test
    void brokenMultipartBodyIsA400Problem() throws Exception {
        long projectId = DocumentFixtures.newProject(projects).id();
        String cutOff = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nHello world.";

        HttpResponse<String> refused = multipart(projectId, cutOff);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void fileNameWithANulIsA400Problem() throws Exception {
        long projectId = DocumentFixtures.newProject(projects).id();
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\0b.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nHello world.\r\n--XyZ--\r\n";

        HttpResponse<String> refused = multipart(projectId, body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"status\":400", "file name");
    }

    private void assertIsUnexpectedProblem(Response failed, CapturedOutput log) {
        assertIsUnexpectedProblem(failed, "IllegalStateException: Broken", log);
    }

    /** Returns the reference, which the answer and the log line with {@code logged} and the stack trace share. */
    private String assertIsUnexpectedProblem(Response failed, String logged, CapturedOutput log) {
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        String reference = failed.body().get("reference").asString();
        assertThat(reference).matches("[0-9A-Z]{10}");
        assertThat(failed.body().get("detail").asString()).contains(reference);
        assertThat(failed.raw()).doesNotContain(FailingEndpoints.SECRET, "Exception", "at app.redline");
        assertThat(log.getOut() + log.getErr()).containsSubsequence("reference " + reference, logged,
                "\tat app.redline.api.FailingEndpoints");
        return reference;
    }

    private HttpResponse<String> multipart(long projectId, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/projects/" + projectId + "/documents"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
