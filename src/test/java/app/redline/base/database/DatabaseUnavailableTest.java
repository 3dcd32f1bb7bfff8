package app.redline.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The failures seen while PostgreSQL was stopped, killed or restarting under the app, and some that are not. */
class DatabaseUnavailableTest {

    @Test
    void noConnectionFromThePoolIsAnOutage() {
        var timedOut = new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001");
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new RuntimeException(timedOut)))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new InternalAuthenticationServiceException("lookup",
                new CannotCreateTransactionException("no connection", timedOut)))).isTrue();
    }

    @Test
    void aConnectionTheServerEndedIsAnOutage() {
        var terminated = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new GenericJDBCException("select", terminated))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("An I/O error occurred", "08006"))).isTrue();
    }

    @Test
    void aRollbackOnAClosedConnectionIsAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void refusalsByAWorkingDatabaseAreNot() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate", duplicate))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new TransactionException("Unable to commit", duplicate))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalArgumentException("bad text"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }
}
