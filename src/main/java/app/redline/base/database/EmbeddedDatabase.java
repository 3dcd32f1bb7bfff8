package app.redline.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);
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
            server = startNewCluster(dir, password);
        } else {
            password = ClusterAccess.storedPassword(dir).orElseGet(() -> LegacyCluster.protect(dir));
            server = startServer(dir, password, 0);
        }
        ServerOwner.claim(dir);
        EmbeddedDatabase database = new EmbeddedDatabase(dir, password, server);
        database.logSettings();
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

    Path dataDir() {
        return dataDir;
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
            server = startServer(dataDir, password, port);
            postmaster = Postmaster.of(dataDir).orElseThrow();
            log.info("The embedded PostgreSQL runs again (process {}); connections resume by themselves", postmaster.pid());
        } catch (IOException | RuntimeException failed) {
            log.error("Could not start the embedded PostgreSQL again ({}); trying again in {} s", failed,
                    WATCH_EVERY.toSeconds());
        }
    }

    private static EmbeddedPostgres startNewCluster(Path dir, String password) throws IOException {
        Path initdbPassword = ClusterAccess.initdbPasswordFile(password);
        try {
            // zonky runs "initdb -A trust -U postgres ..." and appends these as --key=value: the later --auth wins,
            // so the cluster never accepts a connection without the password, not even during its first start.
            return start(builder(dir, password, 0)
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", initdbPassword.toString()), dir);
        } finally {
            Files.deleteIfExists(initdbPassword);
        }
    }

    static EmbeddedPostgres startServer(Path dir, String password, int port) throws IOException {
        return start(builder(dir, password, port), dir);
    }

    /** Durable, closed settings; zonky's own shutdown hook is off (see the class comment). Port 0: any free one. */
    static EmbeddedPostgres.Builder builder(Path dir, String password, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setPort(port);
        ServerSettings.forDataDirectory(dir).forEach(builder::setServerConfig);
        if (password != null) {
            builder.setConnectConfig("password", password) // zonky's own start-up check connects with it
                    .setDataDirectoryCustomizer(initialised -> {
                        if (ClusterAccess.storedPassword(dir).isEmpty()) {
                            ClusterAccess.storePassword(dir, password);
                        }
                        ClusterAccess.writeHba(dir);
                    });
        }
        return builder;
    }

    /**
     * A failed start may leave a postmaster running that nothing else would stop, and it leaves zonky's lock on
     * the directory's "epg-lock" held by an instance that never finished constructing. That lock belongs to the
     * file, not its name: a new file lets the next attempt lock again (PostgreSQL's own postmaster.pid still keeps
     * a second server off the directory).
     */
    static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Path dir) throws IOException {
        try {
            return builder.start();
        } catch (IOException | RuntimeException failed) {
            Postmaster.of(dir).filter(Postmaster::isRunning)
                    .flatMap(left -> ProcessHandle.of(left.pid())).ifPresent(ProcessHandle::destroy);
            Files.deleteIfExists(dir.resolve("epg-lock"));
            throw failed;
        }
    }

    private void logSettings() {
        StringBuilder settings = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user(), password);
             var statement = connection.createStatement()) {
            for (String name : ServerSettings.REPORTED) {
                try (var result = statement.executeQuery("select current_setting('" + name + "')")) {
                    result.next();
                    settings.append(settings.isEmpty() ? "" : ", ").append(name).append('=').append(result.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("The embedded PostgreSQL started but refused the app", e));
        }
        log.info("Database: embedded PostgreSQL on localhost:{} with data in {}; {}; authentication scram-sha-256 "
                        + "only, password in {} (set SPRING_DATASOURCE_URL to use an external server instead)",
                port, dataDir, settings, dataDir.resolve(ClusterAccess.PASSWORD_FILE));
    }
}
