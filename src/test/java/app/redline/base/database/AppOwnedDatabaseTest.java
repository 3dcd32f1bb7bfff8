package app.redline.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.redline.ChildApplication;
import app.redline.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The app and the PostgreSQL it embeds, as an operator runs them: one child JVM for both tests (the shutdown test
 * ends it). A crash of PostgreSQL under load loses no acknowledged save and the app brings PostgreSQL back by
 * itself; SIGTERM lets running requests finish before PostgreSQL stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppOwnedDatabaseTest {

    @TempDir static Path home;
    private ChildApplication app;
    private RestCalls rest;
    private String token;
    private Path dataDir;

    record Ack(long segmentId, String text, long atNanos) {}

    @BeforeAll
    void startApp() throws IOException {
        dataDir = home.resolve("postgres");
        app = ChildApplication.start(getClass().getSimpleName(), home, Map.of());
        rest = new RestCalls(app.baseUrl());
        token = rest.tokenFor("translator");
    }

    @AfterAll
    void stopApp() {
        if (app != null) {
            app.close();
        }
        PostgresProcesses.killIfRunning(dataDir);
    }

    @Test
    @Order(1)
    void acknowledgedSavesSurviveAPostgresqlCrashAndTheAppStartsItAgain() throws Exception {
        List<Long> segments = new ArrayList<>();
        for (int document = 1; document <= 2; document++) {
            for (JsonNode item : rest.get("/api/v1/documents/" + document + "/segments?size=100", token).body().get("items")) {
                if (item.get("translatable").asBoolean() && segments.size() < 24) {
                    segments.add(item.get("id").asLong());
                }
            }
        }
        var acks = new ConcurrentLinkedQueue<Ack>();
        var refusals = new ConcurrentLinkedQueue<Integer>();
        var stop = new AtomicBoolean();
        int workers = segments.size() / 4;
        ExecutorService load = Executors.newFixedThreadPool(workers);
        for (int worker = 0; worker < workers; worker++) {
            List<Long> mine = segments.subList(worker * 4, worker * 4 + 4);
            int number = worker;
            load.submit(() -> saveUntilStopped(number, mine, acks, refusals, stop));
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> acks.size() >= 60);
        long killedAt = System.nanoTime();
        List<Long> killed = PostgresProcesses.killAll(dataDir);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> acks.stream().filter(ack -> ack.atNanos() > killedAt).count() >= 30);
        stop.set(true);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(acks.stream().filter(ack -> ack.atNanos() < killedAt && ack.atNanos() > killedAt - 1_000_000_000L))
                .as("saves acknowledged in the second before the crash").isNotEmpty();
        List<Ack> lost = new ArrayList<>();
        for (long segment : segments) {
            Set<String> revisions = new HashSet<>();
            rest.get("/api/v1/segments/" + segment + "/revisions", token).body()
                    .forEach(revision -> revisions.add(revision.get("text").asString()));
            acks.stream().filter(ack -> ack.segmentId() == segment && !revisions.contains(ack.text())).forEach(lost::add);
        }
        assertThat(lost).as("acknowledged saves missing after the crash (of %d)", acks.size()).isEmpty();
        assertThat(refusals).as("answers to saves while PostgreSQL was down or restarting").isNotEmpty().containsOnly(503);
        assertThat(PostgresProcesses.postmasterPid(dataDir)).isNotIn(killed);
        assertThat(app.log()).contains("stopped unexpectedly; starting it again");
        System.out.printf("Crash under load: %d saves acknowledged, %d of them after the crash%n", acks.size(),
                acks.stream().filter(ack -> ack.atNanos() > killedAt).count());
    }

    @Test
    @Order(2)
    void sigtermLetsRunningRequestsFinishBeforePostgresqlStops() throws Exception {
        byte[] readout = largeReadout();
        List<Socket> imports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            imports.add(startImport(readout, "long-readout-" + i + ".txt"));
        }

        app.terminate();

        for (Socket running : imports) {
            try (running) {
                assertThat(statusLine(running)).as("an import that was running at SIGTERM").startsWith("HTTP/1.1 201");
            }
        }
        assertThat(app.process().waitFor(60, TimeUnit.SECONDS)).as("the app exits").isTrue();
        String log = app.log();
        assertThat(log).contains("Graceful shutdown complete", "Stopping the embedded PostgreSQL", "shut down postmaster");
        assertThat(log.indexOf("Graceful shutdown complete"))
                .as("requests drained before PostgreSQL was asked to stop")
                .isLessThan(log.indexOf("Stopping the embedded PostgreSQL"))
                .isLessThan(log.indexOf("shut down postmaster"));
        assertThat(PostgresProcesses.running(dataDir)).isFalse();
        assertThat(importedLongReadouts()).as("imports stored").isEqualTo(imports.size());
    }

    private void saveUntilStopped(int worker, List<Long> segments, ConcurrentLinkedQueue<Ack> acks,
                                  ConcurrentLinkedQueue<Integer> refusals, AtomicBoolean stop) {
        Map<Long, Long> versions = new java.util.HashMap<>();
        int save = 0;
        while (!stop.get()) {
            for (long segment : segments) {
                Long version = versions.get(segment);
                if (version == null) {
                    RestCalls.Answer current = rest.get("/api/v1/segments/" + segment, token);
                    if (current.status() != 200) {
                        continue; // the database is down: try again
                    }
                    version = current.body().get("version").asLong();
                }
                String text = "Saved under load by worker " + worker + ", save " + save++;
                RestCalls.Answer answer = rest.put("/api/v1/segments/" + segment, token,
                        Map.of("cleanText", text, "expectedVersion", version));
                if (answer.status() == 200) {
                    acks.add(new Ack(segment, text, System.nanoTime()));
                    versions.put(segment, answer.body().get("version").asLong());
                } else if (answer.status() == 409) {
                    versions.put(segment, answer.body().get("currentVersion").asLong());
                } else {
                    refusals.add(answer.status());
                    versions.remove(segment); // unknown whether it committed: read the version again
                }
            }
        }
    }

    /** Sends an import and returns once the server is running it: it answered "100 Continue" and has the body. */
    private Socket startImport(byte[] readout, String fileName) throws IOException {
        String boundary = "redline-" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(readout);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Socket socket = new Socket("localhost", app.port);
        socket.setSoTimeout(60_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/projects/1/documents HTTP/1.1\r\nHost: localhost:" + app.port
                + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + body.size()
                + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        assertThat(statusLine(socket)).startsWith("HTTP/1.1 100");
        readLine(socket.getInputStream()); // the blank line after "100 Continue"
        out.write(body.toByteArray());
        out.flush();
        return socket;
    }

    private static String statusLine(Socket socket) throws IOException {
        return readLine(socket.getInputStream());
    }

    private static String readLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** About 300 KB of readout: still running when the signal comes, done well within the grace period. */
    private static byte[] largeReadout() {
        String sample = Samples.text(Samples.CHANGCHUN) + "\n\n" + Samples.text(Samples.FUXIN) + "\n\n";
        return sample.repeat(300_000 / sample.length() + 1).getBytes(StandardCharsets.UTF_8);
    }

    /** Straight from the data directory, with its password file, as the app's user may once the app has stopped. */
    private int importedLongReadouts() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             var result = connection.createStatement().executeQuery(
                     "select count(*) from document where original_file_name like 'long-readout-%'")) {
            result.next();
            return result.getInt(1);
        }
    }
}
