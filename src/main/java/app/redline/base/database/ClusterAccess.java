package app.redline.base.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Who may connect to the embedded server: the role {@value #USER} with a generated password, checked with
 * scram-sha-256, on loopback or through the socket in the data directory. The password lives in the data
 * directory in .pgpass format ({@value #PASSWORD_FILE}, mode 0600), so an operator's psql can use it as PGPASSFILE.
 */
final class ClusterAccess {

    static final String USER = "postgres";
    static final String PASSWORD_FILE = "redline.pgpass";
    static final String HBA = """
            # Written by Redline at every start of its embedded PostgreSQL: password (scram-sha-256) only.
            # The server listens on loopback only; its socket is in this directory, which only its owner may enter.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClusterAccess() {}

    /** 256 random bits as URL-safe Base64: nothing that needs quoting in SQL or in a .pgpass line. */
    static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Optional<String> storedPassword(Path dataDir) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(file, StandardCharsets.UTF_8).strip();
            return Optional.of(line.substring(line.lastIndexOf(':') + 1)).filter(password -> !password.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the database password in " + file, e);
        }
    }

    /** Writes the password file (0600) in one step, so a crash leaves either no file or a whole one. */
    static void storePassword(Path dataDir, String password) {
        Path temporary = dataDir.resolve(PASSWORD_FILE + ".new");
        try {
            Files.deleteIfExists(temporary);
            writeOwnerOnly(temporary, "*:*:*:" + USER + ":" + password + "\n");
            Files.move(temporary, dataDir.resolve(PASSWORD_FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the database password to " + dataDir, e);
        }
    }

    /**
     * initdb refuses a directory that is not empty, so the password it sets comes from a file outside the data
     * directory (the temp directory, 0600), deleted as soon as the cluster exists.
     */
    static Path initdbPasswordFile(String password) throws IOException {
        Path file = Files.createTempFile("redline-initdb", ".pw", OWNER_ONLY);
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static void writeHba(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write pg_hba.conf in " + dataDir, e);
        }
    }

    /** For a cluster an older version created with trust authentication: give the superuser the password. */
    static void setPassword(Connection connection, String password) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + USER + " password '" + password + "'");
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                OWNER_ONLY)) {
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
    }
}
