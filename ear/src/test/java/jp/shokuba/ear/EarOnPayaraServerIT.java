package jp.shokuba.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the EAR on a full Payara Server: a fresh domain on free ports with a fresh database
 * of its own, the real {@code shokuba.ear} deployed, then checks that need every module: the health
 * check over the application's datasource, whose URL comes from the environment through
 * MicroProfile Config (so the migrations must land in the test's database), a PrimeFaces page of
 * the war, and a sign-in through the war's authentication mechanism and the ejb module's identity
 * store. The domain is stopped and deleted and the database dropped afterwards, pass or fail.
 */
class EarOnPayaraServerIT {

    private static final String PG = "jdbc:postgresql://" + System.getProperty("shokuba.pg.host", "127.0.0.1")
            + ":" + System.getProperty("shokuba.pg.port", "5432") + "/";
    private static final String DATABASE = System.getProperty("shokuba.ear.it.db", "shokuba_ear_it");
    private static final String APP_ROLE = "shokuba";
    private static final String OWNER_ROLE = "shokuba_owner";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static PayaraServer server;

    @BeforeAll
    static void deployTheEar() throws Exception {
        recreateDatabase();
        server = PayaraServer.create(Path.of(System.getProperty("shokuba.payara.home")),
                Path.of(System.getProperty("shokuba.ear.work")));
        try {
            server.start(Map.of(
                    "SHOKUBA_DB_URL", PG + DATABASE,
                    "SHOKUBA_DB_USER", APP_ROLE,
                    "SHOKUBA_DB_OWNER_USER", OWNER_ROLE,
                    "SHOKUBA_DEMO_ENABLED", "true"));
            server.deploy(Path.of(System.getProperty("shokuba.ear")), "shokuba");
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "\n--- end of server.log ---\n" + server.logTail(80), e);
        }
    }

    @AfterAll
    static void stopAndCleanUp() throws SQLException {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            dropDatabase();
        }
    }

    @Test
    void healthIsUpWithTheDatabaseCheck() throws Exception {
        HttpResponse<String> health = get("/health", Map.of());

        assertThat(health.statusCode()).as(() -> explained(health)).isEqualTo(200);
        JsonObject body = Json.createReader(new StringReader(health.body())).readObject();
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getJsonArray("checks").getValuesAs(JsonValue::asJsonObject))
                .filteredOn(check -> check.getString("name").equals("database"))
                .singleElement()
                .satisfies(database -> assertThat(database.getString("status")).isEqualTo("UP"));
    }

    @Test
    void datasourceTakesItsDatabaseFromTheEnvironment() throws SQLException {
        try (Connection db = asPostgres(DATABASE); Statement s = db.createStatement();
             ResultSet migrations = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            migrations.next();
            assertThat(migrations.getInt(1)).as("migrations applied to " + DATABASE).isPositive();
        }
    }

    @Test
    void theSchemaOwnerFromTheEnvironmentRanTheMigrationsAndOwnsTheAuditSchema() throws SQLException {
        try (Connection db = asPostgres(DATABASE); Statement s = db.createStatement();
             ResultSet owners = s.executeQuery("SELECT pg_get_userbyid(relowner) FROM pg_class "
                     + "WHERE oid IN ('audit.entry'::regclass, 'directory.staff'::regclass) ORDER BY relname")) {
            owners.next();
            assertThat(owners.getString(1)).as("owner of audit.entry").isEqualTo(OWNER_ROLE);
            owners.next();
            assertThat(owners.getString(1)).as("owner of directory.staff").isEqualTo(APP_ROLE);
        }
    }

    @Test
    void signInPageIsRenderedWithPrimeFaces() throws Exception {
        HttpResponse<String> page = get("/login.xhtml", Map.of());

        assertThat(page.statusCode()).as(() -> explained(page)).isEqualTo(200);
        assertThat(page.body()).contains("id=\"login\"", "ln=primefaces");
    }

    @Test
    void demoAccountSignsInToTheApi() throws Exception {
        String basic = Base64.getEncoder().encodeToString("tanaka:demo".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> me = get("/api/v1/me", Map.of("Authorization", "Basic " + basic));

        assertThat(me.statusCode()).as(() -> explained(me)).isEqualTo(200);
        assertThat(Json.createReader(new StringReader(me.body())).readObject().getString("login")).isEqualTo("tanaka");
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String explained(HttpResponse<String> response) {
        String body = response.body();
        return "GET " + response.uri().getPath() + " answered " + response.statusCode() + ": "
                + body.substring(0, Math.min(body.length(), 2000))
                + "\n--- end of server.log ---\n" + server.logTail(60);
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection admin = asPostgres("postgres"); Statement s = admin.createStatement()) {
            dropDatabase(s);
            for (String role : new String[] {APP_ROLE, OWNER_ROLE}) {
                s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN "
                        + "CREATE ROLE " + role + " LOGIN NOSUPERUSER; END IF; END $$");
            }
            s.execute("GRANT " + APP_ROLE + " TO " + OWNER_ROLE);
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    private static void dropDatabase() throws SQLException {
        try (Connection admin = asPostgres("postgres"); Statement s = admin.createStatement()) {
            dropDatabase(s);
        }
    }

    private static void dropDatabase(Statement s) throws SQLException {
        s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
        s.execute("DROP DATABASE IF EXISTS " + DATABASE);
    }

    private static Connection asPostgres(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        return DriverManager.getConnection(PG + database, p);
    }
}
