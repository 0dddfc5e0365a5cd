package jp.shokuba.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.shokuba.approval.Approvals;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.platform.CityTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /api/v1/audit}: administrators list the trail, filtered and paged, newest first; nobody else may. */
@ExtendWith(Platform.class)
class AuditApiIT {

    static final Api ADMIN = Api.as("admin");

    /** A refused sign-in is audited under the login that was tried: a fresh actor only this test knows. */
    private static String refusedSignIn() {
        String login = "probe-" + System.nanoTime();
        assertThat(Api.as(login, "wrong").get("/api/v1/me").status()).isEqualTo(401);
        return login;
    }

    static List<JsonObject> entries(String query) {
        Api.Reply r = ADMIN.get("/api/v1/audit?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void filtersByActorKindPrefixAndDaysInJapanTime() {
        String login = refusedSignIn();
        String today = LocalDate.now(CityTime.ZONE).toString();
        String yesterday = LocalDate.now(CityTime.ZONE).minusDays(1).toString();

        JsonObject page = ADMIN.get("/api/v1/audit?actor=" + login).json();
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject e = page.getJsonArray("entries").getJsonObject(0);
        assertThat(e.getString("action")).isEqualTo("auth.sign-in-refused");
        assertThat(e.getString("objectType")).isEqualTo("Staff");
        assertThat(e.getString("objectId")).isEqualTo(login);
        assertThat(e.getString("occurredAt")).startsWith(today).endsWith("+09:00");
        assertThat(e.getString("remoteAddress")).isIn("127.0.0.1", "::1");
        assertThat(e.keySet()).contains("id", "detail");

        assertThat(entries("actor=" + login + "&kind=auth.")).hasSize(1);
        assertThat(entries("actor=" + login + "&kind=auth.sign-in-refused")).hasSize(1);
        assertThat(entries("actor=" + login + "&kind=auth.sign")).as("no dot at the end: exact").isEmpty();
        assertThat(entries("actor=" + login + "&kind=approval.")).isEmpty();
        assertThat(entries("actor=" + login + "&objectType=Staff&objectId=" + login)).hasSize(1);
        assertThat(entries("actor=" + login + "&from=" + today + "&to=" + today)).hasSize(1);
        assertThat(entries("actor=" + login + "&to=" + yesterday)).isEmpty();
        assertThat(entries("kind=" + q("%.") + "&size=5")).as("a % in a kind prefix is literal").isEmpty();
    }

    @Test
    void newestFirstAndPaged() {
        refusedSignIn();
        JsonObject first = ADMIN.get("/api/v1/audit?size=2").json();
        JsonObject second = ADMIN.get("/api/v1/audit?size=2&page=2").json();
        List<Long> ids = first.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(x -> x.getJsonNumber("id").longValue()).toList();
        long nextPage = second.getJsonArray("entries").getJsonObject(0).getJsonNumber("id").longValue();

        assertThat(ids).hasSize(2).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(nextPage).isLessThan(ids.get(1));
        assertThat(first.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(first.getInt("page")).isEqualTo(1);
    }

    @Test
    void sizeIsClampedToOneTo200() {
        refusedSignIn();
        assertThat(ADMIN.get("/api/v1/audit?size=100000").json().getInt("size")).isEqualTo(200);
        JsonObject one = ADMIN.get("/api/v1/audit?size=0").json();
        assertThat(one.getInt("size")).isEqualTo(1);
        assertThat(one.getJsonArray("entries")).hasSize(1);
    }

    @Test
    void malformedParametersAre400ProblemsNot500() {
        for (String bad : List.of("page=0", "page=-1", "page=x", "size=abc", "size=1.5", "from=2026-13-01",
                "from=yesterday", "to=%2B999999999-12-31", "from=2026-12-02&to=2026-12-01", "actor=" + "a".repeat(65),
                "page=99999999999999999999")) {
            Api.Reply r = ADMIN.get("/api/v1/audit?" + bad);
            assertThat(r.status()).as(bad + " → " + r).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().getString("detail")).doesNotContain("Exception");
        }
    }

    @Test
    void textWithLineBreaksAndBidiControlsIsStoredAsSentAndShownEscaped() {
        String title = "予算\r\n2026-12-04 admin approval.approved \u202Eexe.txt " + System.nanoTime();
        long id = Approvals.draft("tanaka", "GENERAL", null, title, List.of());

        JsonObject drafted = entries("objectType=Approval&objectId=" + id + "&kind=approval.drafted").get(0);
        assertThat(drafted.getString("detail")).contains(title);
        String page = ADMIN.get("/admin/audit.xhtml", "text/html").body();
        assertThat(page).contains("予算\\r\\n2026-12-04 admin approval.approved \\u202Eexe.txt")
                .doesNotContain("\u202E").doesNotContain("予算\r\n2026");
    }

    @Test
    void onlyAdministratorsMayReadTheTrail() {
        Api.Reply staff = Api.as("tanaka").get("/api/v1/audit");
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.contentType()).startsWith("application/problem+json");
        assertThat(staff.json().getInt("status")).isEqualTo(403);
        assertThat(Api.anonymous().get("/api/v1/audit").status()).isEqualTo(401);
    }

    @Test
    void theListIsDescribedInOpenApi() {
        String openapi;
        try {
            openapi = Api.anonymous().get("/openapi").body();
        } catch (IllegalStateException slowFirstBuild) { // the document is built on first use, slowly on a busy machine
            openapi = Api.anonymous().get("/openapi").body();
        }
        assertThat(openapi).containsPattern("\"/api/v1/audit\"\\s*:|/api/v1/audit:")
                .contains("/api/v1/audit/verification", "/api/v1/audit/heads");
    }
}
