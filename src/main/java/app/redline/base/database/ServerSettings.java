package app.redline.base.database;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The embedded server's settings. zonky's defaults suit throw-away test databases (it starts postgres with -F,
 * i.e. fsync off, and synchronous_commit=off, which lose acknowledged commits when PostgreSQL crashes); the app's
 * data gets the guarantees of a normal PostgreSQL, and the server answers on loopback and in its own directory only.
 */
final class ServerSettings {

    /** What the start-up log line reports, read back from the running server. */
    static final String[] REPORTED = {"fsync", "synchronous_commit", "full_page_writes", "listen_addresses",
            "unix_socket_directories", "password_encryption"};

    /** Characters that pass unquoted through pg_ctl's shell and PostgreSQL's directory list. */
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9/._+-]+");
    /** A Unix socket path (directory + "/.s.PGSQL.65535") must fit in 107 bytes. */
    private static final int MAX_SOCKET_DIRECTORY_BYTES = 107 - "/.s.PGSQL.65535".length();

    private ServerSettings() {}

    static Map<String, String> forDataDirectory(Path dataDir) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fsync", "on"); // comes after zonky's -F on the command line, so it wins
        settings.put("synchronous_commit", "on");
        settings.put("full_page_writes", "on");
        settings.put("listen_addresses", "localhost");
        settings.put("unix_socket_directories", socketDirectory(dataDir));
        settings.put("password_encryption", "scram-sha-256");
        return settings;
    }

    /** The reported settings as the running server has them, e.g. "fsync=on, synchronous_commit=on, ...". */
    static String readBack(String jdbcUrl, String user, String password) {
        StringBuilder settings = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            for (String name : REPORTED) {
                try (ResultSet result = statement.executeQuery("select current_setting('" + name + "')")) {
                    result.next();
                    settings.append(settings.isEmpty() ? "" : ", ").append(name).append('=').append(result.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL started but refused the app's password", e);
        }
        return settings.toString();
    }

    /**
     * The data directory itself (mode 0700, so only the app's user reaches the socket); no socket at all when its
     * path cannot be passed safely or is too long for a socket. The app connects over TCP either way.
     */
    static String socketDirectory(Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().toString();
        boolean usable = PLAIN_PATH.matcher(path).matches()
                && path.getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_DIRECTORY_BYTES;
        return usable ? path : "";
    }
}
