package jp.shokuba.it;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** What other contexts filed into the records archive, as a records clerk (watanabe) sees it over the API. */
public final class ArchiveIntake {

    private static final Set<String> FINAL = Set.of("INDEXED", "DUPLICATE", "QUARANTINED", "WAITING_FOR_OCR");

    private ArchiveIntake() {
    }

    /** The intakes of {@code source} now, newest first. */
    public static List<JsonObject> from(String source) {
        return Api.as("watanabe").get("/api/v1/intake").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> source.equals(o.getString("source"))).toList();
    }

    /** Waits until {@code count} intakes of {@code source} have ended their work, and answers them. */
    public static List<JsonObject> awaitFinished(String source, int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        List<JsonObject> seen = List.of();
        while (System.nanoTime() < deadline) {
            seen = from(source);
            if (seen.size() >= count && seen.stream().allMatch(o -> FINAL.contains(o.getString("state")))) {
                return seen;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(count + " filings from " + source + " not finished within " + within + ": " + seen);
    }
}
