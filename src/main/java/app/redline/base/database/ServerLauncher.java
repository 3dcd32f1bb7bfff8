package app.redline.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the embedded server through zonky with the app's settings: durable, password only, no JVM shutdown hook
 * (Spring stops the server after the web server drained; zonky's hook stopped it while requests still ran).
 */
final class ServerLauncher {

    /** Long enough for crash recovery after a hard stop, which replays the WAL before the server answers. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private ServerLauncher() {}

    /** Runs initdb first: the directory is empty (or new). */
    static EmbeddedPostgres startNewCluster(Path dir, String password) throws IOException {
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

    /** Port 0: any free one. */
    static EmbeddedPostgres start(Path dir, String password, int port) throws IOException {
        return start(builder(dir, password, port), dir);
    }

    /** Without a password: a cluster from before passwords, still on trust (see {@link LegacyCluster}). */
    static EmbeddedPostgres startWithoutPassword(Path dir) throws IOException {
        return start(builder(dir, null, 0), dir);
    }

    private static EmbeddedPostgres.Builder builder(Path dir, String password, int port) {
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
    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Path dir) throws IOException {
        try {
            return builder.start();
        } catch (IOException | RuntimeException failed) {
            Postmaster.of(dir).filter(Postmaster::isRunning)
                    .flatMap(left -> ProcessHandle.of(left.pid())).ifPresent(ProcessHandle::destroy);
            Files.deleteIfExists(dir.resolve("epg-lock"));
            throw failed;
        }
    }
}
