package jp.shokuba.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL of the launcher's own, for machines without one: its data stays under
 * {@code var/postgres}, so the demo survives a restart. PostgreSQL refuses to run as root.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final int PORT = 54329;

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        return new EmbeddedDatabase(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(PORT)
                .start());
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
