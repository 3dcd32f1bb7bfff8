package app.redline.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** What the app's own PostgreSQL promises once started: durable commits, and no way in without its password. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseAccessTest {

    @TempDir static Path temp;
    private Path dataDir;
    private EmbeddedDatabase database;

    @BeforeAll
    void start() throws IOException {
        // Only the data directory is closed: another user may reach it, so its own mode is what keeps them out.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        dataDir = temp.resolve("pg");
        database = EmbeddedDatabase.start(dataDir);
    }

    @AfterAll
    void stop() throws IOException {
        database.close();
        PostgresProcesses.killIfRunning(dataDir);
    }

    @Test
    void commitsAsDurablyAsANormalPostgresql() throws Exception {
        try (Connection connection = connect(database.password())) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void refusesConnectionsWithoutThePassword() throws Exception {
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
        Optional<InetAddress> outside = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        Assumptions.assumeTrue(outside.isPresent(), "This machine has no non-loopback address to try");
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(outside.get(), database.port()), 2000);
            }
        }).as("connecting on %s", outside.get()).isInstanceOf(IOException.class);
    }

    @Test
    void anotherOperatingSystemUserCannotConnect() throws Exception {
        Optional<Path> found = psql();
        Assumptions.assumeTrue(found.isPresent() && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "Skipped: needs a psql (Debian package postgresql-client) and runuser to act as the user 'nobody'");
        Path psql = found.get();
        String port = Integer.toString(database.port());
        assertThat(asNobody(psql.toString(), "-h", dataDir.toString(), "-p", port, "-U", "postgres", "-w", "-c", "select 1"))
                .as("through the socket").contains("Permission denied").doesNotContain("(1 row)");
        assertThat(asNobody(psql.toString(), "-h", "localhost", "-p", port, "-U", "postgres", "-w", "-c", "select 1"))
                .as("over loopback").contains("no password supplied").doesNotContain("(1 row)");
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

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Debian's psql of any version (the embedded binaries bring none); every psql since 10 speaks scram-sha-256. */
    private static Optional<Path> psql() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.of(Path.of("/usr/bin/psql")).filter(Files::isExecutable);
        }
        try (var installed = Files.list(versions)) {
            return installed.map(version -> version.resolve("bin/psql")).filter(Files::isExecutable).findFirst();
        }
    }

    private static String asNobody(String... command) throws Exception {
        var full = new ArrayList<>(List.of("/usr/sbin/runuser", "-u", "nobody", "--"));
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).directory(Path.of("/").toFile()).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isNotZero();
        return output;
    }
}
