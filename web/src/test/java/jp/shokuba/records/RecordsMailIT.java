package jp.shokuba.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import jp.shokuba.it.Platform;
import jp.shokuba.records.corpus.PaperDocument;
import jp.shokuba.records.corpus.ScannedPaper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The records mailbox: the platform polls an IMAP server (here in-process on loopback, SHOKUBA_RECORDS_IMAP_* in the
 * failsafe configuration), takes every attachment in, a message without one as itself, and deletes the message only
 * once its files are recorded.
 */
@ExtendWith(Platform.class)
class RecordsMailIT {

    private static final String MAILBOX = "records";

    @RegisterExtension
    static final GreenMailExtension IMAP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("shokuba.it.imap.port", 3143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("records@shokuba.test", MAILBOX, "records-it"))
            .withPerMethodLifecycle(false);

    private final RecordsClient clerk = RecordsClient.as("watanabe");

    @Test
    void anAttachmentWithAJapaneseNameAndAMailWithoutOneAreRecordedAndFoundAndTheMailboxIsEmptiedAfterwards()
            throws Exception {
        PaperDocument invoice = ScannedPaper.invoice(new Random(707), 707);
        String word = "郵送不要化試験" + (System.nanoTime() % 100_000);
        GreenMailUser user = IMAP.getUserManager().getUser(MAILBOX);
        user.deliver(withAttachment("請求書の送付", "請求書_707.pdf", ScannedPaper.bornDigitalPdf(List.of(invoice))));
        user.deliver(plain("照会への回答", "ご照会の件、" + word + "として回答いたします。"));

        JsonObject attachment = awaitIntake("請求書_707.pdf");
        JsonObject message = awaitIntake("照会への回答.eml");
        assertThat(attachment.getString("source")).isEqualTo("mail:torihiki@shokuba.test");
        assertThat(clerk.await(path(attachment), RecordsApiIT.OCR).getString("state")).isEqualTo("INDEXED");
        JsonObject eml = clerk.await(path(message), RecordsApiIT.OCR);
        assertThat(eml.getString("state")).isEqualTo("INDEXED");

        long emlRecord = eml.getJsonNumber("recordId").longValue();
        assertThat(RecordsApiIT.ids(clerk.search(RecordsClient.q(word)).json())).contains(emlRecord);
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (inboxSize() > 0 && System.nanoTime() < deadline) {
            RecordsClient.sleep(500);
        }
        assertThat(inboxSize()).as("messages deleted once their files were recorded").isZero();
    }

    private static long inboxSize() throws Exception {
        return IMAP.getManagers().getImapHostManager().getInbox(IMAP.getUserManager().getUser(MAILBOX))
                .getMessageCount();
    }

    private JsonObject awaitIntake(String fileName) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<JsonObject> found = Json.createReader(new StringReader(clerk.get("/api/v1/intake").text()))
                    .readArray().stream().map(v -> v.asJsonObject())
                    .filter(o -> fileName.equals(o.getString("fileName"))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            RecordsClient.sleep(500);
        }
        throw new AssertionError(fileName + " was not taken from the mailbox within a minute");
    }

    private static String path(JsonObject intake) {
        return "/api/v1/intake/" + intake.getJsonNumber("intakeId").longValue();
    }

    private static MimeMessage plain(String subject, String text) throws Exception {
        MimeMessage m = message(subject);
        m.setText(text, "UTF-8");
        m.saveChanges();
        return m;
    }

    private static MimeMessage withAttachment(String subject, String fileName, byte[] pdf) throws Exception {
        MimeMessage m = message(subject);
        MimeBodyPart body = new MimeBodyPart();
        body.setText("請求書をお送りします。", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        file.setFileName(MimeUtility.encodeText(fileName, "ISO-2022-JP", "B"));
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        m.setContent(new MimeMultipart(body, file));
        m.saveChanges();
        return m;
    }

    private static MimeMessage message(String subject) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("torihiki@shokuba.test", "取引先 担当", "UTF-8"));
        m.setRecipients(MimeMessage.RecipientType.TO, "records@shokuba.test");
        m.setSubject(subject, "UTF-8");
        return m;
    }
}
