package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.api.ApiClient.Response;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.project.ProjectService;
import app.redline.discussion.CommentFixtures;
import app.redline.user.Role;
import app.redline.user.UserService;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A segment's comment thread and the inbox over real HTTP, refusals as problem details. */
@IntegrationTest
class CommentsApiTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired DocumentImportService importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserService users;
    @Value("${redline.comments.max-per-period}") int maxPerPeriod;
    @Value("${redline.comments.period}") Duration period;

    ApiClient api;
    String translator;
    String reviewer;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        translator = api.token("translator");
        reviewer = api.token("reviewer");
    }

    @Test
    void postsAndReadsAThreadAndTheMentionedUserFindsItInTheInbox() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The meeting reviewed the annual plan.").documentId();
        long id = api.send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0).get("id").asLong();

        Response posted = api.send("POST", "/api/v1/segments/" + id + "/comments", translator,
                Map.of("body", "Is 'annual plan' right, @reviewer? @nobody-here"));
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.body().get("author").asString()).isEqualTo("translator");
        assertThat(posted.body().get("revisionNo").asInt()).isEqualTo(1);
        assertThat(posted.body().get("mentions")).extracting(JsonNode::asString).containsExactly("reviewer");
        api.send("POST", "/api/v1/segments/" + id + "/comments", reviewer, Map.of("body", "Yes."));

        JsonNode thread = api.send("GET", "/api/v1/segments/" + id + "/comments", reviewer, null).body().get("items");
        assertThat(thread).extracting(comment -> comment.get("body").asString())
                .containsExactly("Is 'annual plan' right, @reviewer? @nobody-here", "Yes.");

        JsonNode inbox = api.send("GET", "/api/v1/inbox", reviewer, null).body();
        JsonNode mention = inbox.get(0);
        assertThat(mention.get("kind").asString()).isEqualTo("MENTION");
        assertThat(mention.get("segmentId").asLong()).isEqualTo(id);
        assertThat(mention.get("unread").asBoolean()).isTrue();
        assertThat(api.send("POST", "/api/v1/inbox/read", reviewer, Map.of("upTo", mention.get("at").asString())).status())
                .isEqualTo(204);
        assertThat(api.send("GET", "/api/v1/inbox", reviewer, null).body().get(0).get("unread").asBoolean()).isFalse();
        assertThat(api.send("GET", "/api/v1/inbox", translator, null).body().get(0).get("kind").asString()).isEqualTo("REPLY");
    }

    @Test
    void emptyOverlongAndMissingAreProblemsAndAnonymousIsUnauthorized() {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The committee adopted the report.").documentId();
        long id = api.send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0).get("id").asLong();

        Response empty = api.send("POST", "/api/v1/segments/" + id + "/comments", translator, Map.of("body", "  "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.body().get("detail").asString()).contains("Write something");
        Response overlong = api.send("POST", "/api/v1/segments/" + id + "/comments", translator, Map.of("body", "x".repeat(4001)));
        assertThat(overlong.status()).isEqualTo(400);
        assertThat(overlong.body().get("detail").asString()).contains("at most 4000 characters");
        assertThat(api.send("POST", "/api/v1/segments/" + Long.MAX_VALUE + "/comments", translator, Map.of("body", "Hi"))
                .status()).isEqualTo(404);
        int anonymous = api.send("GET", "/api/v1/segments/" + id + "/comments", null, null).status();
        assertThat(anonymous).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/segments/" + id + "/comments", translator, null).body().get("items")).isEmpty();
    }

    @Test
    void aLongThreadComesAPageAtATimeTheNewestPageFirstEachReadingOldestFirst() {
        long id = firstSegmentOf("The meeting reviewed a long debate.");
        CommentFixtures.longThread(jdbc, id, 10_000);

        Response first = api.send("GET", "/api/v1/segments/" + id + "/comments", translator, null);
        assertThat(first.raw().length()).as("50 comments, not 10,000").isLessThan(25_000);
        assertThat(first.body().get("size").asInt()).isEqualTo(50);
        assertThat(first.body().get("hasNext").asBoolean()).isTrue();
        assertThat(bodies(first.body())).hasSize(50).startsWith("Comment 9951").endsWith("Comment 10000");

        JsonNode earlier = api.send("GET", "/api/v1/segments/" + id + "/comments?page=1", translator, null).body();
        assertThat(bodies(earlier)).hasSize(50).startsWith("Comment 9901").endsWith("Comment 9950");
        long oldestShown = first.body().get("items").get(0).get("id").asLong();
        JsonNode before = api.send("GET", "/api/v1/segments/" + id + "/comments?before=" + oldestShown + "&size=10",
                translator, null).body();
        assertThat(bodies(before)).containsExactly("Comment 9941", "Comment 9942", "Comment 9943", "Comment 9944",
                "Comment 9945", "Comment 9946", "Comment 9947", "Comment 9948", "Comment 9949", "Comment 9950");
        JsonNode last = api.send("GET", "/api/v1/segments/" + id + "/comments?page=49&size=200", translator, null).body();
        assertThat(bodies(last)).hasSize(200).startsWith("Comment 1").endsWith("Comment 200");
        assertThat(last.get("hasNext").asBoolean()).isFalse();
    }

    @Test
    void absurdPagesAreRefusedAsProblemsNeverAsServerErrors() {
        long id = firstSegmentOf("The committee adopted the budget.");

        for (String query : List.of("page=-1", "size=0", "size=201", "page=1000001", "page=99999999999",
                "size=2147483648", "page=abc", "before=1&page=1", "before=x")) {
            Response refused = api.send("GET", "/api/v1/segments/" + id + "/comments?" + query, translator, null);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).as(query).startsWith("application/problem+json");
        }
        assertThat(api.send("GET", "/api/v1/segments/" + id + "/comments?page=1000000&size=200", translator, null)
                .body().get("items")).isEmpty();
    }

    @Test
    void postingBeyondTheRateLimitIsRefusedWith429AndRetryAfterAndNothingIsStored() {
        long id = firstSegmentOf("The meeting reviewed the flood of comments.");
        String name = "flood-" + UUID.randomUUID().toString().substring(0, 8);
        Roles.as("admin", Role.ADMIN, () -> users.create(name, "", "long enough password", EnumSet.of(Role.TRANSLATOR)));
        String token = api.token(name, "long enough password");
        // The period's limit reached within the last minute: the next comment may go once the oldest is a period old.
        CommentFixtures.insert(jdbc, id, name, maxPerPeriod, Instant.now(), Duration.ofMillis(60_000 / maxPerPeriod));

        Response refused = api.send("POST", "/api/v1/segments/" + id + "/comments", token, Map.of("body", "One more."));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(refused.headers().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(period.minusSeconds(70).toSeconds(), period.toSeconds());
        assertThat(refused.body().get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        assertThat(refused.body().get("detail").asString()).startsWith("You have posted " + maxPerPeriod + " comments within");
        assertThat(jdbc.queryForObject("select count(*) from segment_comment where author = ?", Integer.class, name))
                .isEqualTo(maxPerPeriod);
    }

    private long firstSegmentOf(String readout) {
        long documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(), readout)
                .documentId();
        return api.send("GET", "/api/v1/documents/" + documentId + "/segments?page=0&size=1", translator, null)
                .body().get("items").get(0).get("id").asLong();
    }

    private static List<String> bodies(JsonNode page) {
        var bodies = new java.util.ArrayList<String>();
        page.get("items").forEach(comment -> bodies.add(comment.get("body").asString()));
        return bodies;
    }
}
