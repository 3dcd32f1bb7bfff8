package app.redline.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The app's own PostgreSQL over its life: created, converted from an older version, brought back when it dies, stopped. */
class EmbeddedDatabaseTest {

    @TempDir Path temp;
    private Path dataDir;
    private EmbeddedDatabase database;

    @AfterEach
    void stop() throws Exception {
        if (database != null) {
            database.close();
        }
        if (dataDir != null) {
            PostgresProcesses.killIfRunning(dataDir);
        }
    }

    @Test
    void keepsDataInItsDirectoryAcrossRestarts() throws Exception {
        var configuration = new EmbeddedDatabaseConfiguration();
        dataDir = temp.resolve("pg");
        try (var first = configuration.embeddedDatabase(dataDir); var pool = configuration.dataSource(first)) {
            new JdbcTemplate(pool).execute("create table kept (word text); insert into kept values ('survives')");
        }
        try (var second = configuration.embeddedDatabase(dataDir); var pool = configuration.dataSource(second)) {
            assertThat(new JdbcTemplate(pool).queryForObject("select word from kept", String.class)).isEqualTo("survives");
            assertThat(pool.getConnectionTimeout()).isEqualTo(3000);
        }
    }

    @Test
    void protectsAClusterThatAnOlderVersionCreatedWithTrust() throws Exception {
        dataDir = temp.resolve("old");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
             Connection connection = old.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (word text); insert into kept values ('survives')");
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");
        assertThat(dataDir.resolve("redline.pgpass")).doesNotExist();

        database = EmbeddedDatabase.start(dataDir);

        try (Connection connection = connect(database.password())) {
            assertThat(new JdbcTemplate(new SingleConnectionDataSource(connection, true))
                    .queryForObject("select word from kept", String.class)).isEqualTo("survives");
        }
        assertThatThrownBy(() -> connect(null)).isInstanceOf(SQLException.class);
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
        assertThat(ClusterAccess.storedPassword(dataDir)).contains(database.password());
    }

    @Test
    void startsPostgresAgainOnTheSamePortWhenItDies() throws Exception {
        start();
        String url = database.jdbcUrl();
        try (Connection connection = connect(database.password())) {
            connection.createStatement().execute("create table kept (word text); insert into kept values ('survives')");
        }
        List<Long> killed = PostgresProcesses.killAll(dataDir);

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            try (Connection connection = DriverManager.getConnection(url, "postgres", database.password())) {
                return new JdbcTemplate(new SingleConnectionDataSource(connection, true))
                        .queryForObject("select word from kept", String.class).equals("survives");
            }
        });
        assertThat(database.isRunning()).isTrue();
        assertThat(PostgresProcesses.postmasterPid(dataDir)).isNotIn(killed);
    }

    @Test
    void stopsThePostgresqlThatAKilledAppLeftRunning() throws Exception {
        dataDir = temp.resolve("pg");
        Process killedApp = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                StartEmbeddedDatabase.class.getName(), dataDir.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("killed-app.log").toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> Files.readString(temp.resolve("killed-app.log")).contains("Embedded database started for the test"));
        } finally {
            killedApp.destroyForcibly().waitFor();
        }
        long orphan = PostgresProcesses.postmasterPid(dataDir);

        database = EmbeddedDatabase.start(dataDir);

        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphan").isEmpty();
        assertThat(PostgresProcesses.postmasterPid(dataDir)).isNotEqualTo(orphan);
        try (Connection connection = connect(database.password())) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void staysStoppedAfterItWasClosed() throws Exception {
        start();
        database.close();

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> !PostgresProcesses.running(dataDir));
    }

    private void start() throws Exception {
        dataDir = temp.resolve("pg");
        database = EmbeddedDatabase.start(dataDir);
    }

    private Connection connect(String password) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), "postgres", password);
    }
}
