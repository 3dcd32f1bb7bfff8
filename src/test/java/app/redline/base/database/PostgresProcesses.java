package app.redline.base.database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The processes of the PostgreSQL running on a data directory, for tests that crash it on purpose. */
public final class PostgresProcesses {

    private PostgresProcesses() {}

    /** The postmaster's process id, if one runs on the directory. */
    public static long postmasterPid(Path dataDir) {
        return Postmaster.of(dataDir).filter(Postmaster::isRunning).map(Postmaster::pid)
                .orElseThrow(() -> new AssertionError("No PostgreSQL runs on " + dataDir));
    }

    public static boolean running(Path dataDir) {
        return Postmaster.of(dataDir).filter(Postmaster::isRunning).isPresent();
    }

    /** SIGKILL to the postmaster and every process it started, as a crash or the OOM killer would. */
    public static List<Long> killAll(Path dataDir) {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid(dataDir)).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.addFirst(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        return all.stream().map(ProcessHandle::pid).toList();
    }

    /** For clean-up after a test: stops whatever still runs on the directory (SIGKILL), quietly. */
    public static void killIfRunning(Path dataDir) {
        if (running(dataDir)) {
            killAll(dataDir);
        }
    }
}
