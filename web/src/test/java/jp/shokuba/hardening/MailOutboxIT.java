package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.function.Predicate;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An approval notice while the mail server is down is not lost: it waits in the outbox, is retried with growing
 * pauses (here 1, 2, 4 s; stuck after 3 failures, as the failsafe configuration sets), shows up for administrators
 * as stuck with its error (API and page), and is delivered once the server is back and an administrator retries it.
 */
@ExtendWith(Platform.class)
class MailOutboxIT {

    private final GreenMail smtp = new GreenMail(
            new ServerSetup(Integer.getInteger("shokuba.it.smtp.port", 3125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aNoticeWhileTheMailServerIsDownIsShownStuckWithItsErrorAndDeliveredWhenTheServerIsBack() throws Exception {
        String title = "滞留メールの確認 " + System.nanoTime();
        submitGeneralDocument(title);

        JsonObject stuck = awaitLine(title, l -> l.getBoolean("stuck"), 60);
        assertThat(stuck.getInt("attempts")).isGreaterThanOrEqualTo(3);
        assertThat(stuck.getString("lastError")).containsIgnoringCase("connect");
        assertThat(stuck.getString("subject")).startsWith("【決裁依頼】");
        Api.Reply page = Api.as("admin").get("/admin/mail-outbox.xhtml", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(title).contains("滞留");
        assertThat(Api.as("tanaka").get("/api/v1/admin/mail-outbox").status()).as("STAFF may not see the outbox").isEqualTo(403);

        smtp.start();
        Api.Reply retried = Api.as("admin").post("/api/v1/admin/mail-outbox/" + stuck.getJsonNumber("id").longValue() + "/retry", "");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);

        assertThat(awaitMail(title)).as("delivered after the retry").isPresent();
        assertThat(line(title)).as("no longer in the outbox once sent").isEmpty();
    }

    @Test
    void retryingAMailThatIsNotWaitingAnswers404WithAProblem() {
        Api.Reply r = Api.as("admin").post("/api/v1/admin/mail-outbox/987654321/retry", "");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    private static void submitGeneralDocument(String title) {
        Api.Reply created = Api.as("tanaka").post("/api/v1/approvals", Json.createObjectBuilder().add("title", title)
                .add("documentType", "GENERAL").add("body", "メールサーバー停止中の起案")
                .add("consultations", Json.createArrayBuilder()).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Reply submitted = Api.as("tanaka").post("/api/v1/approvals/" + created.json().getJsonNumber("id").longValue()
                + "/submit", "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    private static Optional<JsonObject> line(String title) {
        Api.Reply r = Api.as("admin").get("/api/v1/admin/mail-outbox");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.array().getValuesAs(JsonObject.class).stream().filter(l -> l.getString("subject").contains(title)).findFirst();
    }

    private static JsonObject awaitLine(String title, Predicate<JsonObject> condition, int seconds) throws InterruptedException {
        Optional<JsonObject> last = Optional.empty();
        for (int i = 0; i < seconds * 2; i++) {
            last = line(title);
            if (last.filter(condition).isPresent()) {
                return last.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the outbox line of \"" + title + "\" never got there; last seen: " + last);
    }

    private Optional<MimeMessage> awaitMail(String title) throws InterruptedException, MessagingException {
        for (int i = 0; i < 40; i++) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getSubject().contains(title)) {
                    return Optional.of(m);
                }
            }
            Thread.sleep(250);
        }
        return Optional.empty();
    }
}
