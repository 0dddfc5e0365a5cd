package jp.shokuba.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void withoutVariablesTheDefaultLocalDatabaseIsUsed() {
        DatabaseSettings db = DatabaseSettings.from(Map.of());

        assertThat(db.explicit()).isFalse();
        assertThat(db.host()).isEqualTo("127.0.0.1");
        assertThat(db.port()).isEqualTo(5432);
        assertThat(db.database()).isEqualTo("shokuba");
        assertThat(db.user()).isEqualTo("shokuba");
        assertThat(db.owner()).isEqualTo("shokuba_owner");
    }

    @Test
    void aChosenDatabaseHasASchemaOwnerOnlyWhenOneIsNamed() {
        Map<String, String> chosen = Map.of("SHOKUBA_DB_URL", "jdbc:postgresql://db.internal:6543/city",
                "SHOKUBA_DB_USER", "city_app");

        assertThat(DatabaseSettings.from(chosen).owner()).as("the application's role runs the migrations").isNull();
        DatabaseSettings owned = DatabaseSettings.from(Map.of("SHOKUBA_DB_URL", "jdbc:postgresql://db.internal:6543/city",
                "SHOKUBA_DB_USER", "city_app", "SHOKUBA_DB_OWNER_USER", "city_owner", "SHOKUBA_DB_OWNER_PASSWORD", "y"));
        assertThat(owned.owner()).isEqualTo("city_owner");
        assertThat(owned.ownerPassword()).isEqualTo("y");
        assertThat(owned.on("127.0.0.1", EmbeddedDatabase.PORT).owner()).isEqualTo("city_owner");
    }

    @Test
    void theVariablesNameAnotherServer() {
        DatabaseSettings db = DatabaseSettings.from(Map.of("SHOKUBA_DB_URL", "jdbc:postgresql://db.internal:6543/city",
                "SHOKUBA_DB_USER", "city_app", "SHOKUBA_DB_PASSWORD", "x"));

        assertThat(db.explicit()).isTrue();
        assertThat(db.host()).isEqualTo("db.internal");
        assertThat(db.port()).isEqualTo(6543);
        assertThat(db.maintenanceUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/postgres");
    }

    @Test
    void theEmbeddedDatabaseKeepsTheDatabaseNameOnItsOwnPort() {
        DatabaseSettings db = DatabaseSettings.from(Map.of()).on("127.0.0.1", EmbeddedDatabase.PORT);

        assertThat(db.url()).isEqualTo("jdbc:postgresql://127.0.0.1:54329/shokuba");
    }

    @Test
    void asRootWithoutPostgresqlTheMessageNamesTheThreeWaysOut() {
        String message = Launcher.noDatabase(DatabaseSettings.from(Map.of()), "PostgreSQL が応答しません。");

        assertThat(message).contains("pg_ctlcluster", "docker compose", "SHOKUBA_DB_URL");
    }
}
