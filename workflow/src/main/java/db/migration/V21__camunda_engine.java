package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the Camunda engine's tables in schema {@code camunda}, from the SQL scripts shipped inside the
 * camunda-engine jar of the version we run, so they can never drift from the engine. The engine itself
 * never changes the schema ({@code databaseSchemaUpdate=false}); an engine upgrade adds a migration
 * running the jar's upgrade script.
 */
public class V21__camunda_engine extends BaseJavaMigration {

    static final String SCHEMA = "camunda";
    private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.postgres.create.";
    private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine",
            "case.history", "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("CREATE SCHEMA " + SCHEMA);
            s.execute("SET LOCAL search_path TO " + SCHEMA);
            for (String part : PARTS) {
                for (String sql : statements(read(SCRIPTS + part + ".sql"))) {
                    s.execute(sql);
                }
            }
            s.execute("SET LOCAL search_path TO DEFAULT");
        }
    }

    /** Stable, so that Flyway's validation holds; it changes with the engine version it creates. */
    @Override
    public Integer getChecksum() {
        return "camunda-7.24".hashCode();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = V21__camunda_engine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The scripts hold plain DDL and inserts, one statement per semicolon, with {@code --} comments. */
    static List<String> statements(String script) {
        StringBuilder current = new StringBuilder();
        List<String> result = new ArrayList<>();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                result.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
