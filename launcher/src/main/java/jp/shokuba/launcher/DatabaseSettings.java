package jp.shokuba.launcher;

import java.net.URI;
import java.util.Map;

/**
 * Where the database is: {@code SHOKUBA_DB_URL}, {@code SHOKUBA_DB_USER} and {@code SHOKUBA_DB_PASSWORD},
 * or by default database {@code shokuba} as role {@code shokuba} on 127.0.0.1:5432. {@code explicit}
 * says whether the person chose a database, in which case the launcher never substitutes another.
 * The schema owner (who runs the migrations and owns the audit trail) is {@code SHOKUBA_DB_OWNER_USER} with
 * {@code SHOKUBA_DB_OWNER_PASSWORD}, by default {@code shokuba_owner} on the default database and none on a chosen
 * one (there the application's role runs the migrations, as before there was an owner); {@code owner} is then null.
 */
record DatabaseSettings(String url, String user, String password, String owner, String ownerPassword,
        boolean explicit) {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/shokuba";
    static final String DEFAULT_USER = "shokuba";
    static final String DEFAULT_OWNER = "shokuba_owner";

    static DatabaseSettings from(Map<String, String> env) {
        String url = env.get("SHOKUBA_DB_URL");
        String user = env.get("SHOKUBA_DB_USER");
        String password = env.get("SHOKUBA_DB_PASSWORD");
        String owner = env.get("SHOKUBA_DB_OWNER_USER") == null || env.get("SHOKUBA_DB_OWNER_USER").isBlank() ? null
                : env.get("SHOKUBA_DB_OWNER_USER");
        boolean explicit = url != null || user != null || password != null;
        return new DatabaseSettings(url == null ? DEFAULT_URL : url, user == null ? DEFAULT_USER : user,
                password == null ? "" : password, owner == null && !explicit ? DEFAULT_OWNER : owner,
                env.getOrDefault("SHOKUBA_DB_OWNER_PASSWORD", ""), explicit);
    }

    private URI uri() {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("SHOKUBA_DB_URL must look like jdbc:postgresql://host:port/database, not " + url);
        }
        return URI.create(url.substring("jdbc:".length()));
    }

    String host() {
        return uri().getHost();
    }

    int port() {
        int port = uri().getPort();
        return port < 0 ? 5432 : port;
    }

    String database() {
        String path = uri().getPath();
        return path == null || path.length() <= 1 ? "postgres" : path.substring(1);
    }

    /** The same server's maintenance database, for creating ours. */
    String maintenanceUrl() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/postgres";
    }

    DatabaseSettings on(String newHost, int newPort) {
        return new DatabaseSettings("jdbc:postgresql://" + newHost + ":" + newPort + "/" + database(), user, password,
                owner, ownerPassword, explicit);
    }
}
