package app.redline.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the app starts for itself when no external database is configured. The app owns it: it starts
 * it durable and password-protected, starts it again on the same port and data when it dies (a watchdog looks
 * every second), and stops it only when Spring closes this bean, i.e. after the web server finished its requests
 * (zonky's own JVM shutdown hook is off: it stopped the server while requests were still running).
 */
final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration WATCH_EVERY = Duration.ofSeconds(1);

    private final Path dataDir;
    private final String password;
    private final int port;
    private final ScheduledExecutorService watchdog;
    private EmbeddedPostgres server;
    private Postmaster postmaster;
    private boolean closed;

    private EmbeddedDatabase(Path dataDir, String password, EmbeddedPostgres server) {
        this.dataDir = dataDir;
        this.password = password;
        this.server = server;
        this.port = server.getPort();
        this.postmaster = Postmaster.of(dataDir).orElseThrow();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("embedded-postgres-watchdog").daemon().factory());
        watchdog.scheduleWithFixedDelay(this::restartIfStopped, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Creates the cluster on first use, converts one an older version left with trust authentication, and stops
     * a server that a killed app left running on the directory.
     */
    static EmbeddedDatabase start(Path dataDir) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        ServerOwner.stopOrphan(dir);
        EmbeddedPostgres server;
        String password;
        if (!Files.exists(dir.resolve("postgresql.conf"))) {
            password = ClusterAccess.newPassword();
            server = ServerLauncher.startNewCluster(dir, password);
        } else {
            password = ClusterAccess.storedPassword(dir).orElseGet(() -> LegacyCluster.protect(dir));
            server = ServerLauncher.start(dir, password, 0);
        }
        ServerOwner.claim(dir);
        EmbeddedDatabase database = new EmbeddedDatabase(dir, password, server);
        try {
            database.logSettings();
        } catch (RuntimeException refused) {
            database.close();
            throw refused;
        }
        return database;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    String user() {
        return ClusterAccess.USER;
    }

    String password() {
        return password;
    }

    int port() {
        return port;
    }

    synchronized boolean isRunning() {
        return !closed && postmaster.isRunning();
    }

    /** Stops the server for good: called by Spring after the web server drained, so no restart follows. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        watchdog.shutdownNow();
        log.info("Stopping the embedded PostgreSQL with data in {}", dataDir);
        server.close();
    }

    synchronized void restartIfStopped() {
        if (closed || postmaster.isRunning()) {
            return;
        }
        log.warn("The embedded PostgreSQL (process {}) stopped unexpectedly; starting it again on port {} with the "
                + "data in {}", postmaster.pid(), port, dataDir);
        try {
            postmaster.forgetIfStopped();
            server.close(); // releases zonky's lock on the directory; its pg_ctl stop fails and logs, the server is gone
            server = ServerLauncher.start(dataDir, password, port);
            postmaster = Postmaster.of(dataDir).orElseThrow();
            log.info("The embedded PostgreSQL runs again (process {}); connections resume by themselves", postmaster.pid());
        } catch (IOException | RuntimeException failed) {
            log.error("Could not start the embedded PostgreSQL again ({}); trying again in {} s", failed,
                    WATCH_EVERY.toSeconds());
        }
    }

    private void logSettings() {
        log.info("Database: embedded PostgreSQL on localhost:{} with data in {}; {}; authentication scram-sha-256 "
                        + "only, password in {} (set SPRING_DATASOURCE_URL to use an external server instead)",
                port, dataDir, ServerSettings.readBack(jdbcUrl(), user(), password),
                dataDir.resolve(ClusterAccess.PASSWORD_FILE));
    }
}
