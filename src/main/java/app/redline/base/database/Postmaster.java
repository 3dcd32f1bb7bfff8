package app.redline.base.database;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The running server's main process, as its data directory's postmaster.pid names it. */
record Postmaster(long pid, Path pidFile) {

    static Optional<Postmaster> of(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return lines.isEmpty() || lines.getFirst().isBlank() ? Optional.empty()
                    : Optional.of(new Postmaster(Long.parseLong(lines.getFirst().strip()), pidFile));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** A process that has exited but was not yet reaped (a zombie) counts as stopped. */
    boolean isRunning() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() && !zombie();
    }

    /**
     * Once the process is gone its lock files only mislead: PostgreSQL refuses to start while an unreaped (zombie)
     * process holds the number they name, and pg_ctl would signal whatever process gets the number next.
     */
    void forgetIfStopped() throws IOException {
        if (isRunning()) {
            return;
        }
        Files.deleteIfExists(pidFile);
        try (DirectoryStream<Path> socketLocks = Files.newDirectoryStream(pidFile.getParent(), ".s.PGSQL.*.lock")) {
            for (Path lock : socketLocks) {
                Files.deleteIfExists(lock);
            }
        }
    }

    private boolean zombie() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // "pid (name) S ...": the state follows the name, which may itself contain spaces or parentheses
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException noProcfs) {
            return false;
        }
    }
}
