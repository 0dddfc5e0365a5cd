package jp.shokuba.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code ./shokuba demo} (demo data, every demo password "demo") or {@code ./shokuba start}
 * (production configuration): prepares the database, starts Payara Micro and prints where to go.
 */
public final class Launcher {

    private static final Path VAR = Path.of("var");

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        boolean demo = args.length > 0 && "demo".equals(args[0]);
        Path micro = Path.of(System.getProperty("shokuba.micro", "launcher/target/runtime/payara-micro.jar"));
        Path war = Path.of(System.getProperty("shokuba.war", "web/target/shokuba.war"));
        int port = Integer.parseInt(System.getenv().getOrDefault("SHOKUBA_PORT", "8080"));
        System.exit(new Launcher().run(demo, micro, war, port));
    }

    private int run(boolean demo, Path micro, Path war, int port) throws Exception {
        DatabaseSettings db = DatabaseSettings.from(System.getenv());
        EmbeddedDatabase embedded = null;
        String administrator = db.explicit() ? null : "postgres";
        System.out.println("職場 Shokuba を起動します" + (demo ? "（デモモード）" : ""));
        if (!portFree(port)) {
            // Otherwise the old instance would answer the readiness check and this one would claim to have started.
            System.err.println("ポート " + port + " はすでに使われています（職場 Shokuba が起動中かもしれません）。"
                    + "そちらを停止するか、SHOKUBA_PORT で別のポートを指定してください。");
            return 2;
        }
        if (!DatabasePreparation.answers(db.host(), db.port())) {
            if (db.explicit()) {
                System.err.println(noDatabase(db, "SHOKUBA_DB_URL の PostgreSQL が応答しません。"));
                return 2;
            }
            if ("root".equals(System.getProperty("user.name"))) {
                System.err.println(noDatabase(db, "PostgreSQL が応答しません。root では組み込みの PostgreSQL を起動できません。"));
                return 2;
            }
            System.out.println("  PostgreSQL が応答しないため、組み込みの PostgreSQL を var/postgres で起動します");
            embedded = EmbeddedDatabase.start(VAR.resolve("postgres"));
            db = db.on("127.0.0.1", EmbeddedDatabase.PORT);
        }
        try {
            DatabasePreparation.ensure(db, administrator);
        } catch (SQLException e) {
            System.err.println(noDatabase(db, "データベースに接続できません: " + e.getMessage()));
            return 2;
        }
        System.out.println("  データベース: " + db.url() + "（ロール " + db.user()
                + (db.owner() == null ? "" : "、スキーマの所有者 " + db.owner()) + "）");

        Map<String, String> env = new HashMap<>();
        env.put("SHOKUBA_DB_URL", db.url());
        env.put("SHOKUBA_DB_USER", db.user());
        if (!db.password().isEmpty()) {
            env.put("SHOKUBA_DB_PASSWORD", db.password());
        }
        if (db.owner() != null) {
            env.put("SHOKUBA_DB_OWNER_USER", db.owner());
            if (!db.ownerPassword().isEmpty()) {
                env.put("SHOKUBA_DB_OWNER_PASSWORD", db.ownerPassword());
            }
        }
        env.put("SHOKUBA_DEMO_ENABLED", Boolean.toString(demo));
        Path log = VAR.resolve("log").resolve("shokuba.log");
        System.out.print("  Payara Micro を起動しています（ログ: " + log + "）");
        long started = System.nanoTime();
        PayaraProcess payara = PayaraProcess.start(micro, war, port, env, log);
        EmbeddedDatabase embeddedToStop = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.stop();
            closeQuietly(embeddedToStop);
        }));
        if (!payara.awaitReady(Duration.ofMinutes(4))) {
            System.err.println("\n起動できませんでした。" + log + " を確認してください。");
            payara.stop();
            return 1;
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.println("\n" + Banner.text(port, demo, seconds));
        return payara.waitFor();
    }

    static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    static String noDatabase(DatabaseSettings db, String reason) {
        return reason + "\n"
                + "次のいずれかで PostgreSQL を用意してください:\n"
                + "  1. この機械の PostgreSQL を起動する（" + db.host() + ":" + db.port() + "、例: sudo pg_ctlcluster 15 main start）\n"
                + "  2. docker compose -f docker/compose.yaml up で PostgreSQL ごと起動する\n"
                + "  3. SHOKUBA_DB_URL・SHOKUBA_DB_USER・SHOKUBA_DB_PASSWORD で別の PostgreSQL を指定する\n"
                + "（root 以外のユーザーで実行すると、組み込みの PostgreSQL を自動で起動します）";
    }

    private static void closeQuietly(EmbeddedDatabase embedded) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                // shutting down anyway
            }
        }
    }
}
