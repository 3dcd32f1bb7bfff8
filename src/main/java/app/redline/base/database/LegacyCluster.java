package app.redline.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A data directory created by a version before passwords: initdb ran with trust authentication and there is no
 * password file. On its first start with this version the cluster gets a generated password, once, keeping all
 * data; the caller then starts it normally, which writes the scram-sha-256-only pg_hba.conf.
 */
final class LegacyCluster {

    private static final Logger log = LoggerFactory.getLogger(LegacyCluster.class);

    private LegacyCluster() {}

    /**
     * Starts the server once more as it was (trust, now on loopback only with the socket in its own directory),
     * sets the password, stores it and stops. A crash in between is harmless: without a stored password the
     * next start does this again; the password file is written only after the role has the password.
     */
    static String protect(Path dataDir) {
        String password = ClusterAccess.newPassword();
        try (EmbeddedPostgres server = ServerLauncher.startWithoutPassword(dataDir);
             Connection connection = server.getPostgresDatabase().getConnection()) {
            ClusterAccess.setPassword(connection, password);
            ClusterAccess.storePassword(dataDir, password);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not set a password on the embedded database in " + dataDir
                    + ". If it has a password already, put it in " + dataDir.resolve(ClusterAccess.PASSWORD_FILE)
                    + " as the line *:*:*:postgres:<password>", e);
        }
        log.info("The embedded database in {} was open to every local user (created by an older version): it now "
                + "has a generated password, kept in {}, and accepts only scram-sha-256", dataDir,
                dataDir.resolve(ClusterAccess.PASSWORD_FILE));
        return password;
    }
}
