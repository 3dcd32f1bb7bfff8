package app.redline.base.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, unreachable, no free connection)
 * from every other failure, and says so in words: the API answers 503 with these, the screens show the notice.
 */
public final class DatabaseUnavailable {

    public static final String TITLE = "Database unavailable";
    public static final String DETAIL = "The database is unavailable right now, so the request was not completed. "
            + "Try again in a few seconds.";
    /** On screen after a failed save: the typed text stays in the field. */
    public static final String SAVE_NOTICE = "The database is unavailable right now; your text is kept. "
            + "Save again in a moment.";
    /** On screen for any other action. */
    public static final String NOTICE = "The database is unavailable right now. Try again in a moment.";
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {}

    /** True when the failure, or anything it wraps, says that no connection to the database could be used. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable failure) {
        if (failure instanceof DataAccessResourceFailureException
                || failure instanceof org.hibernate.exception.JDBCConnectionException
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            return connectionState(sql.getSQLState());
        }
        // A commit or rollback the connection could not carry out: after the server went away the pool reports
        // "Connection is closed" without a state, and this failure replaces the one that said why.
        return failure instanceof org.hibernate.TransactionException && failure.getCause() instanceof SQLException sql
                && (sql.getSQLState() == null || connectionState(sql.getSQLState()));
    }

    /** 08: connection exception; 57P01-57P03: the server is shutting down, crashed or is still starting. */
    private static boolean connectionState(String state) {
        return state.startsWith("08") || state.matches("57P0[123]");
    }
}
