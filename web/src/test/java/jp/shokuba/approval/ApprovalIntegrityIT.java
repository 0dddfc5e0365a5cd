package jp.shokuba.approval;

import static jp.shokuba.approval.Approvals.approveAlongTheRoute;
import static jp.shokuba.approval.Approvals.decide;
import static jp.shokuba.approval.Approvals.document;
import static jp.shokuba.approval.Approvals.draft;
import static jp.shokuba.approval.Approvals.login;
import static jp.shokuba.approval.Approvals.submit;
import static jp.shokuba.approval.Approvals.taskOf;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import jp.shokuba.it.Api;
import jp.shokuba.it.ArchiveIntake;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may decide and what a number means: nobody decides their own document in any role (standing in for the
 * absent approver, or consulted on it); confidential (秘) records are for RECORDS_PII only; each 課 needs its own
 * abbreviation, so two departments whose names begin alike (企画調整課, 企業立地課) approving at the same moment
 * get two different document numbers instead of the second failing for good.
 */
@ExtendWith(Platform.class)
class ApprovalIntegrityIT {

    @Test
    void aDrafterStandingInForTheAbsentApproverCannotDecideTheirOwnDocument() throws SQLException {
        String drafter = login("02201", "TEAM_LEADER");
        String head = login("0220", "DEPARTMENT_HEAD");
        long absence = absentToday(head, drafter);
        try {
            long id = draft(drafter, "GENERAL", null, "広報紙の発行 " + System.nanoTime(), List.of());
            submit(drafter, id);
            JsonObject onBehalf = taskOf(drafter, id).orElseThrow();
            assertThat(onBehalf.getString("onBehalfOf")).isEqualTo(head);

            Api.Reply own = decide(drafter, onBehalf.getString("id"), "APPROVE", "代決");

            assertThat(own.status()).as(own.toString()).isEqualTo(403);
            assertThat(own.body()).contains("task.ownDocument");
            assertThat(document(drafter, id).getString("state")).isEqualTo("IN_PROGRESS");
        } finally {
            removeAbsence(absence);
        }
    }

    @Test
    void aDrafterCannotBeAskedToConsultOnTheirOwnDocument() {
        long id = draft("tanaka", "GENERAL", null, "協議の試験 " + System.nanoTime(), List.of());
        submit("tanaka", id);
        String task = taskOf("sato", id).orElseThrow().getString("id");

        Api.Reply consultDrafter = Api.as("sato").post("/api/v1/tasks/" + task + "/decision", Json.createObjectBuilder()
                .add("decision", "CONSULT").add("comment", "ご意見を").add("consultee", "tanaka").build());

        assertThat(consultDrafter.status()).as(consultDrafter.toString()).isEqualTo(400);
        assertThat(taskOf("tanaka", id)).isEmpty();
    }

    @Test
    void aConfidentialRecordIsForThePersonalDataRoleOnly() {
        long secret = confidentialDraft(true);
        long open = confidentialDraft(false);
        approveAlongTheRoute(secret, "tanaka");
        approveAlongTheRoute(open, "tanaka");

        assertThat(Api.as("watanabe").get("/api/v1/approvals/" + secret).status()).isEqualTo(404);
        assertThat(Api.as("watanabe").get("/api/v1/approvals/" + secret + "/pdf").status()).isEqualTo(404);
        assertThat(Api.as("watanabe").get("/api/v1/approvals/" + open).status()).isEqualTo(200);
        assertThat(ids(Api.as("watanabe").get("/api/v1/approvals?approvedFrom=2000-01-01").array())).contains(open).doesNotContain(secret);
        assertThat(Api.as("yamamoto").get("/api/v1/approvals/" + secret).status()).isEqualTo(200);
        assertThat(ids(Api.as("yamamoto").get("/api/v1/approvals?approvedFrom=2000-01-01").array())).contains(open, secret);
    }

    @Test
    void anApprovedDocumentIsFiledIntoTheArchiveAndFoundThereButASecretOneIsNot() {
        long secret = confidentialDraft(true);
        long open = confidentialDraft(false);
        approveAlongTheRoute(secret, "tanaka");
        approveAlongTheRoute(open, "tanaka");
        String secretNumber = document("tanaka", secret).getString("documentNumber");
        String openNumber = document("tanaka", open).getString("documentNumber");

        JsonObject filed = ArchiveIntake.awaitFinished("approval:" + openNumber, 1, Duration.ofMinutes(3)).get(0);
        assertThat(filed.getString("state")).isEqualTo("INDEXED");
        assertThat(filed.getString("fileName")).startsWith(openNumber);
        long record = filed.getJsonNumber("recordId").longValue();
        assertThat(Api.as("watanabe").get("/api/v1/records/search?q=" + java.net.URLEncoder.encode(openNumber,
                StandardCharsets.UTF_8)).json().getJsonArray("hits").getValuesAs(JsonObject.class))
                .extracting(h -> h.getJsonNumber("recordId").longValue()).contains(record);
        assertThat(ArchiveIntake.from("approval:" + secretNumber)).as("秘 documents stay in approval").isEmpty();
    }

    @Test
    void twoDepartmentsWhoseNamesBeginAlikeApproveAtOnceWithTheirOwnAbbreviations() throws Exception {
        String n = Integer.toString(ThreadLocalRandom.current().nextInt(10000, 99999));
        String dept = "K" + n;
        String team = dept + "1";
        Api.Reply units = Api.as("admin").postBytes("/api/v1/directory/organisation-import", "text/csv",
                ("組織コード,組織名,組織区分,上位組織コード\n" + dept + ",企業立地課,課,020\n" + team + ",立地係,係," + dept + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(units.status()).as(units.toString()).isEqualTo(200);
        String drafter = "kd" + n;
        String leader = "kl" + n;
        Api.Reply people = Api.as("admin").postBytes("/api/v1/directory/staff-import", "text/csv",
                ("職員番号,ログインID,氏名,氏名カナ,メールアドレス,所属コード,職名,役割\n"
                        + "7" + n + "1," + drafter + ",立地 一郎,リッチ イチロウ," + drafter + "@city-hall.example," + team + ",係員,\n"
                        + "7" + n + "2," + leader + ",立地 二郎,リッチ ジロウ," + leader + "@city-hall.example," + team + ",係長,\n"
                        + "7" + n + "3,kh" + n + ",立地 三郎,リッチ サブロウ,kh" + n + "@city-hall.example," + dept + ",課長,\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(people.status()).as(people.toString()).isEqualTo(200);
        givePasswords(drafter, leader, "kh" + n);

        // no abbreviation yet: the department cannot submit (it would have numbered as 企 like 企画調整課)
        long theirs = draft(drafter, "REPORT", null, "企業誘致の報告 " + n, List.of());
        Api.Reply refused = Api.as(drafter).post("/api/v1/approvals/" + theirs + "/submit", "");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body()).contains("approval.noAbbreviation");

        assertThat(setAbbreviation(dept, "企").status()).isEqualTo(409); // 企画調整課's
        assertThat(setAbbreviation(dept, "K1").status()).isEqualTo(400);
        assertThat(setAbbreviation(dept, "").status()).isEqualTo(400);
        assertThat(Api.as("tanaka").put("/api/v1/approval-abbreviations/" + dept,
                Json.createObjectBuilder().add("abbreviation", "業").build()).status()).isEqualTo(403);
        Api.Reply set = setAbbreviation(dept, "業");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(Api.as("admin").get("/api/v1/approval-abbreviations").array().getValuesAs(JsonObject.class))
                .anySatisfy(l -> {
                    assertThat(l.getString("departmentCode")).isEqualTo(dept);
                    assertThat(l.getString("abbreviation")).isEqualTo("業");
                });

        submit(drafter, theirs);
        long ours = draft("tanaka", "REPORT", null, "企画調整の報告 " + n, List.of());
        submit("tanaka", ours);
        String theirTask = taskOf(leader, theirs).orElseThrow().getString("id");
        String ourTask = taskOf("sato", ours).orElseThrow().getString("id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Api.Reply> a = pool.submit((Callable<Api.Reply>) () -> decide(leader, theirTask, "APPROVE", ""));
            Future<Api.Reply> b = pool.submit((Callable<Api.Reply>) () -> decide("sato", ourTask, "APPROVE", ""));
            assertThat(a.get().status()).as(a.get().toString()).isEqualTo(200);
            assertThat(b.get().status()).as(b.get().toString()).isEqualTo(200);
        } finally {
            pool.shutdown();
        }
        assertThat(document(drafter, theirs).getString("documentNumber")).matches(".*業第\\d+号");
        assertThat(document("tanaka", ours).getString("documentNumber")).matches(".*企第\\d+号");
    }

    private static Api.Reply setAbbreviation(String dept, String abbreviation) {
        return Api.as("admin").put("/api/v1/approval-abbreviations/" + dept,
                Json.createObjectBuilder().add("abbreviation", abbreviation).build());
    }

    private static long confidentialDraft(boolean confidential) {
        Api.Reply r = Api.as("tanaka").post("/api/v1/approvals", Json.createObjectBuilder()
                .add("title", (confidential ? "秘 人事の件 " : "公開の件 ") + System.nanoTime()).add("documentType", "GENERAL")
                .add("confidential", confidential).build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        long id = r.json().getJsonNumber("id").longValue();
        submit("tanaka", id);
        return id;
    }

    private static List<Long> ids(jakarta.json.JsonArray list) {
        return list.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    /** The imported people sign in with the demo password (its hash copied; they are no demo accounts). */
    private static void givePasswords(String... logins) throws SQLException {
        try (Connection c = TestDatabase.asAdministrator(); PreparedStatement s = c.prepareStatement(
                "UPDATE directory.staff SET password_hash = (SELECT password_hash FROM directory.staff WHERE login = 'admin')"
                        + " WHERE login = ?")) {
            for (String login : logins) {
                s.setString(1, login);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static long absentToday(String who, String deputy) throws SQLException {
        try (Connection c = TestDatabase.asApplication(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO directory.absence (staff_id, first_day, last_day, deputy_id, reason)"
                        + " SELECT a.id, ?, ?, d.id, '出張' FROM directory.staff a, directory.staff d WHERE a.login = ? AND d.login = ?"
                        + " RETURNING id")) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
            s.setObject(1, today);
            s.setObject(2, today);
            s.setString(3, who);
            s.setString(4, deputy);
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }

    private static void removeAbsence(long id) throws SQLException {
        try (Connection c = TestDatabase.asApplication(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM directory.absence WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }
}
