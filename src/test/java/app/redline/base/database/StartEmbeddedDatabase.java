package app.redline.base.database;

import java.nio.file.Path;

/** An app reduced to its database, for a test that kills it outright: starts the embedded PostgreSQL and waits. */
public final class StartEmbeddedDatabase {

    private StartEmbeddedDatabase() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase.start(Path.of(args[0]));
        System.out.println("Embedded database started for the test");
        Thread.currentThread().join();
    }
}
