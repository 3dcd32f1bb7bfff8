package app.redline;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The app as its own JVM, the way an operator runs it: for tests that kill, stop or starve what the app depends on.
 * It runs the main classes and libraries of this test JVM, without the test classes (so the tests' shared database
 * does not take over), its output in a file. Starting one takes 20-60 s on a busy machine: share it within a class.
 */
public final class ChildApplication implements AutoCloseable {

    public final int port;
    private final Process process;
    private final Path log;
    private final String name;

    private ChildApplication(int port, Process process, Path log, String name) {
        this.port = port;
        this.process = process;
        this.log = log;
        this.name = name;
    }

    /**
     * Starts the app with demo data in {@code home}; {@code environment} adds or overrides variables (e.g.
     * SPRING_DATASOURCE_URL). Returns once the demo data exists. Its output ends up in target/child-apps/{name}.log.
     */
    public static ChildApplication start(String name, Path home, Map<String, String> environment) throws IOException {
        Files.createDirectories(home);
        int port = freePort();
        Path log = home.resolve("app.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + home, // nothing of the real home directory: Java reads it from the user database
                "-Dlogging.config=" + testClasses().resolve("logback-test.xml"),
                "-cp", applicationClassPath(),
                Application.class.getName(),
                "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("REDLINE_DATA_DIR", home.resolve("postgres").toString());
        builder.environment().put("REDLINE_LANGUAGETOOL_WARM_UP_CHECKS", "0");
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        builder.environment().putAll(environment);
        ChildApplication app = new ChildApplication(port, builder.start(), log, name);
        try {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!app.process.isAlive()) {
                    throw new IllegalStateException("The app exited while starting:\n" + app.log());
                }
                return app.log().contains("Demo data created");
            });
        } catch (RuntimeException notStarted) {
            app.close();
            throw notStarted;
        }
        return app;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Process process() {
        return process;
    }

    /** SIGTERM, as a service manager or `docker stop` sends it. */
    public void terminate() {
        process.destroy();
    }

    /** Stops it (SIGTERM, then SIGKILL after a minute), waits for it to exit and keeps its output for the report. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Path kept = Path.of("target", "child-apps", name + ".log");
            Files.createDirectories(kept.getParent());
            Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException notKept) {
            // the output is a diagnosis aid only
        }
    }

    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).equals(testClasses()))
                .toList());
    }

    private static Path testClasses() {
        try {
            return Path.of(ChildApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
