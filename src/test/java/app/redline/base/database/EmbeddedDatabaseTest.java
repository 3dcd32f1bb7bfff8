package app.redline.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The app's own PostgreSQL: durable, reachable with its password only, brought back when it dies. */
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
    void commitsAsDurablyAsANormalPostgresql() throws Exception {
        start();
        try (Connection connection = connect(database.password())) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void refusesConnectionsWithoutThePassword() throws Exception {
        start();
        assertThatThrownBy(() -> connect(null)).isInstanceOf(SQLException.class)
                .hasMessageContaining("no password was provided");
        assertThatThrownBy(() -> connect("not-the-password")).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        try (Connection connection = connect(database.password())) {
            assertThat(setting(connection, "listen_addresses")).isEqualTo("localhost");
            assertThat(setting(connection, "unix_socket_directories")).isEqualTo(dataDir.toString());
            assertThat(setting(connection, "password_encryption")).isEqualTo("scram-sha-256");
            assertThat(new JdbcTemplate(new SingleConnectionDataSource(connection, true)).queryForList(
                    "select distinct auth_method from pg_hba_file_rules", String.class)).containsExactly("scram-sha-256");
        }
        assertThat(Files.exists(dataDir.resolve(".s.PGSQL." + database.port()))).as("socket in the data directory").isTrue();
        assertThat(permissions(dataDir)).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve("redline.pgpass"))).isEqualTo("rw-------");
        assertThat(Files.readString(dataDir.resolve("redline.pgpass"))).isEqualTo("*:*:*:postgres:" + database.password() + "\n");
        assertThat(database.password()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void answersOnLoopbackOnly() throws Exception {
        start();
        Optional<InetAddress> outside = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(outside.isPresent(), "This machine has no non-loopback address to try");
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(outside.get(), database.port()), 2000);
            }
        }).as("connecting on %s", outside.get()).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void anotherOperatingSystemUserCannotConnect() throws Exception {
        Path psql = Path.of("/usr/lib/postgresql/15/bin/psql");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(psql) && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "Skipped: needs /usr/lib/postgresql/15/bin/psql and runuser to act as the user 'nobody'");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x")); // only the data directory is closed
        start();
        String port = Integer.toString(database.port());
        assertThat(asNobody(psql.toString(), "-h", dataDir.toString(), "-p", port, "-U", "postgres", "-w", "-c", "select 1"))
                .as("through the socket").contains("Permission denied").doesNotContain("(1 row)");
        assertThat(asNobody(psql.toString(), "-h", "localhost", "-p", port, "-U", "postgres", "-w", "-c", "select 1"))
                .as("over loopback").contains("no password supplied").doesNotContain("(1 row)");
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

    private static String setting(Connection connection, String name) throws SQLException {
        try (var result = connection.createStatement().executeQuery("select current_setting('" + name + "')")) {
            result.next();
            return result.getString(1);
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static String asNobody(String... command) throws Exception {
        var full = new java.util.ArrayList<>(List.of("/usr/sbin/runuser", "-u", "nobody", "--"));
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).directory(Path.of("/").toFile()).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isNotZero();
        return output;
    }
}
