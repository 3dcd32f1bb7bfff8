package app.redline.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which app process runs the server on a data directory ({@value #FILE}: its pid and start time). An app killed
 * outright (kill -9, the OOM killer) cannot stop its PostgreSQL, which then keeps the directory and makes the next
 * start fail; the next start stops such an orphan first. A server whose owner still runs is left alone.
 */
final class ServerOwner {

    static final String FILE = "redline.owner";
    private static final Logger log = LoggerFactory.getLogger(ServerOwner.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private ServerOwner() {}

    static void claim(Path dataDir) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(dataDir.resolve(FILE), self.pid() + " " + startOf(self).map(Instant::toString).orElse("?") + "\n");
    }

    static void stopOrphan(Path dataDir) throws IOException {
        Optional<Postmaster> running = Postmaster.of(dataDir).filter(Postmaster::isRunning);
        if (running.isEmpty() || !ownerIsGone(dataDir)) {
            return;
        }
        long pid = running.get().pid();
        log.warn("A PostgreSQL (process {}) still runs on {}, left by an app that was killed; stopping it", pid, dataDir);
        ProcessHandle orphan = ProcessHandle.of(pid).orElseThrow();
        orphan.destroy(); // SIGTERM: PostgreSQL's smart shutdown, whose sessions died with their app
        try {
            orphan.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the PostgreSQL left on " + dataDir, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The PostgreSQL left on " + dataDir + " (process " + pid + ") did not stop within "
                    + STOP_WAIT.toSeconds() + " s; stop it (kill " + pid + ") and start the app again", e);
        }
    }

    /** Only when the owner is known to be gone: a directory without the file is someone else's business. */
    private static boolean ownerIsGone(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return false;
        }
        String[] owner = Files.readString(file).strip().split(" ");
        Optional<ProcessHandle> process;
        try {
            process = ProcessHandle.of(Long.parseLong(owner[0])).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException unreadable) {
            return false;
        }
        // The number may have been given to another process since: then the start time differs.
        return process.isEmpty() || (owner.length > 1 && !owner[1].equals(startOf(process.get()).map(Instant::toString).orElse("?")));
    }

    private static Optional<Instant> startOf(ProcessHandle process) {
        return process.info().startInstant();
    }
}
