package jp.shokuba.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Redocly CLI, the OpenAPI linter, installed with npm under {@code target/redocly} at its first use (never committed,
 * never global). Anything that keeps it from running is an {@link IllegalStateException} saying what to install:
 * a lint that was not run must not pass.
 */
public final class Redocly {

    public static final String VERSION = "2.77.0";
    private static final Path HOME = Path.of("target", "redocly").toAbsolutePath();
    /** No telemetry and no update check: the linter only reads the file it is given. */
    private static final Map<String, String> QUIET = Map.of("REDOCLY_TELEMETRY", "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true",
            "NO_COLOR", "1");

    private Redocly() {
    }

    /** The answer of {@code redocly lint --format=json}: its totals and problems. */
    public record Lint(int exitCode, JsonObject report, String output) {

        public int errors() {
            return report.getJsonObject("totals").getInt("errors");
        }

        public int warnings() {
            return report.getJsonObject("totals").getInt("warnings");
        }

        /** One line for each problem of a severity: rule, where, what. */
        public List<String> problems(String severity) {
            return report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                    .filter(p -> severity.equals(p.getString("severity", "")))
                    .map(p -> p.getString("ruleId", "?") + " at " + where(p) + ": " + p.getString("message", ""))
                    .toList();
        }

        private static String where(JsonObject problem) {
            var location = problem.getJsonArray("location");
            return location == null || location.isEmpty() ? "?" : location.getJsonObject(0).getString("pointer", "?");
        }
    }

    /** Lints with the recommended rules. */
    public static Lint lint(Path document) {
        Path cli = HOME.resolve(Path.of("node_modules", ".bin", "redocly"));
        if (!Files.isExecutable(cli)) {
            install();
        }
        Path out = HOME.resolve("lint.json");
        Path err = HOME.resolve("lint.log");
        int exit = run(List.of(cli.toString(), "lint", document.toAbsolutePath().toString(), "--extends=recommended",
                "--format=json", "--max-problems=1000"), out, err, 5);
        try {
            String json = Files.readString(out, StandardCharsets.UTF_8);
            int start = json.indexOf('{');
            if (start < 0) {
                throw new IllegalStateException("Redocly CLI wrote no report (exit " + exit + "): " + Files.readString(err));
            }
            JsonObject report = Json.createReader(new StringReader(json.substring(start))).readObject();
            return new Lint(exit, report, Files.readString(err));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read Redocly CLI's report " + out, e);
        }
    }

    private static void install() {
        Path log = HOME.resolve("npm-install.log");
        int exit;
        try {
            exit = run(List.of("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund",
                    "@redocly/cli@" + VERSION), log, log, 10);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Redocly CLI cannot be installed: npm does not run here. Install Node.js "
                    + "with npm (Debian: apt-get install nodejs npm), then run the test again", e);
        }
        if (exit != 0 || !Files.isExecutable(HOME.resolve(Path.of("node_modules", ".bin", "redocly")))) {
            throw new IllegalStateException("npm could not install @redocly/cli@" + VERSION + " (exit " + exit
                    + "); see " + log + ":\n" + tail(log));
        }
    }

    private static int run(List<String> command, Path out, Path err, int minutes) {
        try {
            Files.createDirectories(HOME);
            ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile());
            builder.environment().putAll(QUIET);
            if (out.equals(err)) {
                builder.redirectErrorStream(true).redirectOutput(out.toFile());
            } else {
                builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within " + minutes + " minutes");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
