package jp.shokuba.approval;

import static jp.shokuba.approval.Approvals.approveAlongTheRoute;
import static jp.shokuba.approval.Approvals.decide;
import static jp.shokuba.approval.Approvals.document;
import static jp.shokuba.approval.Approvals.draft;
import static jp.shokuba.approval.Approvals.login;
import static jp.shokuba.approval.Approvals.submit;
import static jp.shokuba.approval.Approvals.taskOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * E-approval over the REST API on the real platform: a whole route to the numbered, stamped and audited record;
 * document numbers under concurrency; per-object authorization; send-back, withdrawal and 代決 with 後閲; mail
 * to an in-process SMTP server on loopback.
 */
@ExtendWith(Platform.class)
class ApprovalApiIT {

    /** Payara mails to this port (SHOKUBA_MAIL_PORT in the failsafe configuration). */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("shokuba.it.smtp.port", 3125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void aThreeMillionYenContractClimbsToTheDivisionHeadWithAConsultationAndBecomesAnAuditedNumberedRecord() throws Exception {
        long id = draft("tanaka", "CONTRACT", 3_000_000L, "庁舎清掃業務委託 " + System.nanoTime(), List.of("0130"));
        JsonObject submitted = submit("tanaka", id);
        assertThat(submitted.getString("state")).isEqualTo("IN_PROGRESS");

        JsonObject doc = document("tanaka", id);
        assertThat(doc.getString("finalPositionCode")).isEqualTo("DIVISION_HEAD");
        List<JsonObject> route = doc.getJsonArray("route").getValuesAs(JsonObject.class);
        assertThat(route).extracting(s -> s.getString("positionCode"))
                .containsExactly("TEAM_LEADER", "DEPUTY_HEAD", "DEPARTMENT_HEAD", "", "DIVISION_HEAD");
        assertThat(route.get(0).getString("approverLogin")).isEqualTo("sato");
        assertThat(route.get(3).getString("kind")).isEqualTo("CONSULT");

        List<String> deciders = approveAlongTheRoute(id, "tanaka");

        assertThat(deciders).startsWith("sato").contains("takahashi").endsWith("ito").hasSize(5);
        JsonObject approved = document("tanaka", id);
        assertThat(approved.getString("state")).isEqualTo("APPROVED");
        assertThat(approved.getString("documentNumber")).matches("金企第\\d+号");
        assertThat(approved.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(h -> h.getString("action"))
                .startsWith("approval.drafted", "approval.submitted", "approval.approved", "approval.approved",
                        "approval.approved", "approval.agreed", "approval.approved", "approval.completed");
        Api.Reply pdf = Api.as("tanaka").get("/api/v1/approvals/" + id + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        JsonObject verification = Api.as("admin").get("/api/v1/audit/verify").json();
        assertThat(verification.getBoolean("intact")).isTrue();
        // the outbox sends each notice on its own, so the request's notice may arrive after the completion's
        subjectsEventually("【決裁完了】庁舎清掃業務委託");
        assertThat(subjectsEventually("【決裁依頼】庁舎清掃業務委託")).anyMatch(s -> s.startsWith("【決裁依頼】庁舎清掃業務委託"));
    }

    @Test
    void concurrentFinalApprovalsGetDocumentNumbersWithoutGapsOrDuplicates() throws Exception {
        String drafter = login("02301", "STAFF_MEMBER");
        String leader = login("02301", "TEAM_LEADER");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            long id = draft(drafter, "REPORT", null, "交通量調査の報告 " + i, List.of());
            submit(drafter, id);
            ids.add(id);
        }
        List<String> tasks = ids.stream().map(id -> taskOf(leader, id).orElseThrow().getString("id")).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (String task : tasks) {
                replies.add(pool.submit((Callable<Api.Reply>) () -> decide(leader, task, "APPROVE", "")));
            }
            for (Future<Api.Reply> r : replies) {
                assertThat(r.get().status()).as(r.get().toString()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        List<Integer> serials = serialsOf("0230");
        assertThat(serials).doesNotHaveDuplicates();
        assertThat(serials).containsExactlyElementsOf(IntStream.rangeClosed(1, serials.size()).boxed().toList());
        assertThat(ids.stream().map(id -> document(drafter, id).getString("documentNumber")).distinct()).hasSize(16);
    }

    @Test
    void nobodyOffTheRouteSeesADraftOrADocumentOrDecidesForSomeoneElse() {
        long id = draft("tanaka", "EXPENDITURE", 50_000L, "消耗品の購入 " + System.nanoTime(), List.of());
        assertThat(Api.as("sato").get("/api/v1/approvals/" + id).status()).as("a draft is the drafter's alone").isEqualTo(404);

        submit("tanaka", id);

        assertThat(Api.as("sato").get("/api/v1/approvals/" + id).status()).isEqualTo(200);
        assertThat(Api.as("takahashi").get("/api/v1/approvals/" + id).status()).as("not on a 係長 route").isEqualTo(404);
        assertThat(Api.as("nakamura").get("/api/v1/approvals/" + id).status()).isEqualTo(404);
        assertThat(Api.as("nakamura").get("/api/v1/approvals/" + id + "/pdf").status()).isEqualTo(404);
        String task = taskOf("sato", id).orElseThrow().getString("id");
        assertThat(decide("takahashi", task, "APPROVE", "").status()).isEqualTo(403);
        assertThat(Api.as("sato").post("/api/v1/approvals/" + id + "/withdraw", "").status()).as("only the drafter").isEqualTo(403);
    }

    @Test
    void aDocumentSentBackIsResubmittedThenWithdrawnBeforeTheNextDecision() {
        long id = draft("tanaka", "GENERAL", null, "広報誌の発行について " + System.nanoTime(), List.of());
        submit("tanaka", id);
        String task = taskOf("sato", id).orElseThrow().getString("id");

        Api.Reply sentBack = decide("sato", task, "SEND_BACK", "日程を追記してください");

        assertThat(sentBack.json().getString("state")).isEqualTo("SENT_BACK");
        JsonObject revise = taskOf("tanaka", id).orElseThrow();
        assertThat(revise.getString("kind")).isEqualTo("REVISE");
        Api.Reply revised = Api.as("tanaka").put("/api/v1/approvals/" + id, Json.createObjectBuilder()
                .add("title", "広報誌の発行について（日程追記）").add("documentType", "GENERAL").add("body", "発行日: 12月1日").build());
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(submit("tanaka", id).getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(taskOf("sato", id)).isPresent();

        JsonObject withdrawn = Api.as("tanaka").post("/api/v1/approvals/" + id + "/withdraw", "").json();

        assertThat(withdrawn.getString("state")).isEqualTo("WITHDRAWN");
        assertThat(taskOf("sato", id)).isEmpty();
        assertThat(document("tanaka", id).getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(h -> h.getString("action"))
                .containsSubsequence("approval.submitted", "approval.sent-back", "approval.revised", "approval.resubmitted",
                        "approval.withdrawn");
    }

    @Test
    void aDeputyDecidesForTheAbsentDepartmentHeadAndTheHeadConfirmsAfterwards() throws SQLException {
        String drafter = login("02301", "SENIOR_STAFF");
        String leader = login("02301", "TEAM_LEADER");
        String head = login("0230", "DEPARTMENT_HEAD");
        absentToday(head, leader);
        long id = draft(drafter, "GENERAL", null, "交通安全運動の実施 " + System.nanoTime(), List.of());
        submit(drafter, id);
        decide(leader, taskOf(leader, id).orElseThrow().getString("id"), "APPROVE", "");

        JsonObject onBehalf = taskOf(leader, id).orElseThrow();
        assertThat(onBehalf.getString("onBehalfOf")).isEqualTo(head);
        Api.Reply byDeputy = decide(leader, onBehalf.getString("id"), "APPROVE", "課長不在のため代決");

        assertThat(byDeputy.json().getString("state")).isEqualTo("APPROVED");
        JsonObject last = document(drafter, id).getJsonArray("route").getValuesAs(JsonObject.class).get(1);
        assertThat(last.getBoolean("proxy")).isTrue();
        assertThat(last.getString("approverLogin")).isEqualTo(head);
        assertThat(last.getString("actedByLogin")).isEqualTo(leader);
        JsonObject postReview = taskOf(head, id).orElseThrow();
        assertThat(postReview.getString("kind")).isEqualTo("POST_REVIEW");

        assertThat(decide(head, postReview.getString("id"), "APPROVE", "了").status()).isEqualTo(200);

        JsonObject confirmed = document(drafter, id).getJsonArray("route").getValuesAs(JsonObject.class).get(1);
        assertThat(confirmed.containsKey("postReviewedAt")).isTrue();
        assertThat(taskOf(head, id)).isEmpty();
    }

    @Test
    void savedRulesBecomeANewVersionWhileADocumentKeepsTheVersionItWasRoutedBy() {
        long before = draft("tanaka", "REPORT", null, "規程改正前の報告 " + System.nanoTime(), List.of());
        submit("tanaka", before);
        int routedBy = document("tanaka", before).getInt("rulesVersion");
        JsonObject current = Api.as("tanaka").get("/api/v1/approval-rules").json();
        assertThat(Api.as("tanaka").post("/api/v1/approval-rules", Json.createObjectBuilder()
                .add("note", "x").add("lines", current.getJsonArray("lines")).build()).status()).as("administrators only").isEqualTo(403);

        Api.Reply saved = Api.as("admin").post("/api/v1/approval-rules", Json.createObjectBuilder()
                .add("note", "字句の整理（内容は同じ）").add("lines", current.getJsonArray("lines")).build());

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        int newVersion = saved.json().getInt("version");
        assertThat(newVersion).isGreaterThan(routedBy);
        long after = draft("tanaka", "REPORT", null, "規程改正後の報告 " + System.nanoTime(), List.of());
        submit("tanaka", after);
        assertThat(document("tanaka", after).getInt("rulesVersion")).isEqualTo(newVersion);
        assertThat(document("tanaka", before).getInt("rulesVersion")).isEqualTo(routedBy);
    }

    @Test
    void theTypesListNamesEachCodeInJapanese() {
        List<JsonObject> types = Api.as("tanaka").get("/api/v1/approval-types").array().getValuesAs(JsonObject.class);

        assertThat(types).extracting(t -> t.getString("code") + "=" + t.getString("name"))
                .contains("EXPENDITURE=支出負担行為", "CONTRACT=契約", "GENERAL=一般文書", "REPORT=報告", "CIRCULAR=供覧");
    }

    /** A send-back needs a reason, and the drafter reads it on the document and in the mail. */
    @Test
    void aSendBackWithoutAReasonIsRefusedAndTheReasonReachesTheDrafter() throws Exception {
        String title = "窓口案内の改善 " + System.nanoTime();
        long id = draft("tanaka", "GENERAL", null, title, List.of());
        submit("tanaka", id);
        String task = taskOf("sato", id).orElseThrow().getString("id");

        Api.Reply empty = decide("sato", task, "SEND_BACK", "  ");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.json().getString("detail")).contains("理由");
        assertThat(document("tanaka", id).getString("state")).isEqualTo("IN_PROGRESS");

        assertThat(decide("sato", task, "SEND_BACK", "対象の窓口を明記してください").status()).isEqualTo(200);

        JsonObject doc = document("tanaka", id);
        assertThat(doc.getString("state")).isEqualTo("SENT_BACK");
        assertThat(doc.getJsonArray("route").getValuesAs(JsonObject.class))
                .anyMatch(s -> "SEND_BACK".equals(s.getString("decision", "")) && s.getString("comment").equals("対象の窓口を明記してください"));
        subjectsEventually("【差戻し】" + title);
        String body = null;
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getSubject().equals("【差戻し】" + title)) {
                body = m.getContent().toString();
            }
        }
        assertThat(body).contains("差戻しの理由").contains("対象の窓口を明記してください").contains("佐藤");
    }

    /** The server keeps the limits the page shows: nothing is cut, clamped or stripped of its sign. */
    @Test
    void amountsSubjectsAndCommentsBeyondTheLimitsAreRefusedNotChanged() {
        String title = "物品購入 " + System.nanoTime();
        for (String amount : new String[] {"-5000", "123456789012345678901", "1000.5"}) {
            Api.Reply r = Api.as("tanaka").post("/api/v1/approvals", Json.createObjectBuilder().add("title", title)
                    .add("documentType", "EXPENDITURE").add("amount", new java.math.BigDecimal(amount)).add("body", "x").build());
            assertThat(r.status()).as(amount + " " + r).isEqualTo(400);
        }
        Api.Reply longTitle = Api.as("tanaka").post("/api/v1/approvals", Json.createObjectBuilder().add("title", "件".repeat(201))
                .add("documentType", "GENERAL").add("body", "x").build());
        assertThat(longTitle.status()).as(longTitle.toString()).isEqualTo(400);
        assertThat(longTitle.json().getString("detail")).contains("200文字");
        Api.Reply inEnglish = Api.as("tanaka").inLanguage("en").post("/api/v1/approvals", Json.createObjectBuilder()
                .add("title", "件".repeat(201)).add("documentType", "GENERAL").add("body", "x").build());
        assertThat(inEnglish.json().getString("detail")).contains("200 characters");
        Api.Reply longParty = Api.as("tanaka").post("/api/v1/approvals", Json.createObjectBuilder().add("title", title)
                .add("documentType", "GENERAL").add("counterparty", "社".repeat(201)).add("body", "x").build());
        assertThat(longParty.status()).as(longParty.toString()).isEqualTo(400);
        assertThat(Api.as("tanaka").get("/api/v1/approvals").array().getValuesAs(JsonObject.class))
                .noneMatch(a -> a.getString("title").equals(title));

        long id = draft("tanaka", "GENERAL", null, title, List.of());
        submit("tanaka", id);
        String task = taskOf("sato", id).orElseThrow().getString("id");
        Api.Reply longComment = decide("sato", task, "APPROVE", "了".repeat(501));
        assertThat(longComment.status()).as(longComment.toString()).isEqualTo(400);
        assertThat(longComment.json().getString("detail")).contains("500");
        assertThat(decide("sato", task, "APPROVE", "了".repeat(500)).status()).isEqualTo(200);
    }

    /** The editor's preview lists the route in the order the document then runs it: 合議 before the 部長. */
    @Test
    void theRoutePreviewHasTheOrderOfTheRealRoute() {
        long id = draft("tanaka", "CONTRACT", 3_000_000L, "設備保守委託 " + System.nanoTime(), List.of("0130"));
        List<String> preview = Api.as("tanaka").get("/api/v1/approvals/" + id + "/route-preview").array()
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("kind") + ":" + s.getString("approverLogin")).toList();

        submit("tanaka", id);
        List<String> route = document("tanaka", id).getJsonArray("route").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("kind") + ":" + s.getString("approverLogin")).toList();

        assertThat(preview).isEqualTo(route);
        assertThat(preview.get(3)).startsWith("CONSULT:");
    }

    /** A draft never submitted can be deleted by its drafter; a submitted one cannot (it is withdrawn instead). */
    @Test
    void onlyTheDrafterDeletesADraftAndOnlyBeforeItWasSubmitted() {
        long draft = draft("tanaka", "GENERAL", null, "下書き " + System.nanoTime(), List.of());
        assertThat(Api.as("sato").delete("/api/v1/approvals/" + draft).status()).isIn(403, 404);
        assertThat(Api.as("tanaka").delete("/api/v1/approvals/" + draft).status()).isEqualTo(204);
        assertThat(Api.as("tanaka").get("/api/v1/approvals/" + draft).status()).isEqualTo(404);

        long submitted = draft("tanaka", "GENERAL", null, "提出済み " + System.nanoTime(), List.of());
        submit("tanaka", submitted);
        Api.Reply refused = Api.as("tanaka").delete("/api/v1/approvals/" + submitted);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(document("tanaka", submitted).getString("state")).isEqualTo("IN_PROGRESS");
    }

    /** Mail goes out after commit, off the request: waits until one subject starts with {@code awaited}. */
    private static List<String> subjectsEventually(String awaited) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<String> subjects = new ArrayList<>();
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                subjects.add(m.getSubject());
            }
            if (subjects.stream().anyMatch(s -> s.startsWith(awaited))) {
                return subjects;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail \"" + awaited + "…\" arrived");
    }

    private static List<Integer> serialsOf(String department) throws SQLException {
        try (Connection c = TestDatabase.asApplication();
             PreparedStatement s = c.prepareStatement("SELECT serial FROM approval.approval WHERE department_code = ?"
                     + " AND state = 'APPROVED' ORDER BY serial")) {
            s.setString(1, department);
            List<Integer> serials = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    serials.add(rs.getInt(1));
                }
            }
            return serials;
        }
    }

    /** An absence for today, as the 不在・代理 page records it. */
    private static void absentToday(String who, String deputy) throws SQLException {
        try (Connection c = TestDatabase.asApplication();
             PreparedStatement s = c.prepareStatement("INSERT INTO directory.absence (staff_id, first_day, last_day, deputy_id, reason)"
                     + " SELECT a.id, ?, ?, d.id, '出張' FROM directory.staff a, directory.staff d WHERE a.login = ? AND d.login = ?"
                     + " AND NOT EXISTS (SELECT 1 FROM directory.absence x WHERE x.staff_id = a.id AND ? BETWEEN x.first_day AND x.last_day)")) {
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
            s.setObject(1, today);
            s.setObject(2, today);
            s.setString(3, who);
            s.setString(4, deputy);
            s.setObject(5, today);
            s.executeUpdate();
        }
    }
}
