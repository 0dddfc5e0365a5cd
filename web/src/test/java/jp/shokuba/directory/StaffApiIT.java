package jp.shokuba.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /api/v1/staff} over the demo directory, and how the API refuses what it must. */
@ExtendWith(Platform.class)
class StaffApiIT {

    @Test
    void theDemoDirectoryHasAboutEightyStaffOfEveryRankAndEveryRole() {
        Api.Reply reply = Api.as("admin").get("/api/v1/staff");

        assertThat(reply.status()).isEqualTo(200);
        List<JsonObject> staff = reply.array().getValuesAs(JsonObject.class);
        assertThat(staff).hasSizeBetween(75, 120);
        assertThat(staff.stream().map(s -> s.getString("position")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("係員", "主任", "係長", "課長補佐", "課長", "部長", "副市長", "市長");
        Set<String> roles = staff.stream().flatMap(s -> s.getJsonArray("roles").getValuesAs(JsonString.class).stream())
                .map(JsonString::getString).collect(Collectors.toSet());
        assertThat(roles).containsExactlyInAnyOrder("STAFF", "APPROVER", "RECORDS", "RECORDS_PII", "FACILITIES", "ADMIN");
        assertThat(staff.stream().map(s -> s.getString("department")).collect(Collectors.toSet()))
                .contains("企画調整課", "広報広聴課", "交通政策課", "情報政策課", "調査統計室", "文化政策課",
                        "歩ける環境推進課", "秘書課", "市民課", "総務課");
    }

    @Test
    void eachEntryNamesLoginNameDepartmentTeamPositionAndRoles() {
        JsonObject sato = Api.as("admin").get("/api/v1/staff?q=sato").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("login").equals("sato")).findFirst().orElseThrow();

        assertThat(sato.getString("name")).isEqualTo("佐藤 健一");
        assertThat(sato.getString("department")).isEqualTo("企画調整課");
        assertThat(sato.getString("team")).isEqualTo("企画係");
        assertThat(sato.getString("position")).isEqualTo("係長");
        assertThat(sato.getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactlyInAnyOrder("STAFF", "APPROVER");
    }

    @Test
    void ordinaryStaffMayNotListStaff() {
        Api.Reply reply = Api.as("tanaka").get("/api/v1/staff");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getInt("status")).isEqualTo(403);
    }

    @Test
    void aCallWithoutCredentialsGets401WithAProblemBody() {
        Api.Reply reply = Api.anonymous().get("/api/v1/staff");

        assertThat(reply.status()).isEqualTo(401);
        // a browser's call is not challenged to HTTP Basic (its own dialog would make the credentials ambient)
        assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Session"));
        assertThat(reply.json().getString("title")).isEqualTo("Unauthorized");
    }

    @Test
    void aWrongPasswordGets401() {
        assertThat(Api.as("admin", "not-the-password").get("/api/v1/staff").status()).isEqualTo(401);
    }

    @Test
    void malformedCallsGet4xxProblemsNever500() {
        Api admin = Api.as("admin");
        Api.Reply badPaging = admin.get("/api/v1/staff?max=-1");
        Api.Reply notANumber = admin.get("/api/v1/staff?first=abc");
        Api.Reply unknownPerson = admin.get("/api/v1/staff/nobody-like-this");
        Api.Reply unknownPath = admin.get("/api/v1/no-such-thing");
        Api.Reply wrongMethod = admin.delete("/api/v1/me");

        assertThat(List.of(badPaging, notANumber, unknownPerson, unknownPath, wrongMethod)).allSatisfy(reply -> {
            assertThat(reply.status()).isBetween(400, 499);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        });
        assertThat(unknownPerson.status()).isEqualTo(404);
        assertThat(unknownPerson.json().getString("detail")).contains("nobody-like-this");
    }
}
