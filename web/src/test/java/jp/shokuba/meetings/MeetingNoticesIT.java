package jp.shokuba.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import jp.shokuba.it.PageSignIn;
import jp.shokuba.it.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Materials handed out before a meeting reach its members by mail and on their home page. */
@ExtendWith(Platform.class)
class MeetingNoticesIT {

    /** Payara mails to this port (SHOKUBA_MAIL_PORT in the failsafe configuration). */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("shokuba.it.smtp.port", 3125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void aMaterialAndItsRevisionAreMailedToTheMembersButNotToTheOrganiserAndTheMeetingIsOnTheirHomePage()
            throws Exception {
        String title = "資料配布の試験 " + System.nanoTime() % 100_000;
        long id = Meetings.create("sato", Meetings.meeting(List.of("tanaka")).add("title", title).build());
        long material = Meetings.material("sato", id, TestPdf.pages("配布資料 第1版"));
        assertThat(Meetings.revise("sato", id, material, TestPdf.pages("配布資料 第2版")).status()).isEqualTo(200);

        List<MimeMessage> toTanaka = mailsAbout(title, "tanaka@city-hall.example", 2);
        assertThat(toTanaka).extracting(MimeMessage::getSubject)
                .anyMatch(s -> s.startsWith("【会議資料】" + title + "（令和"))
                .anyMatch(s -> s.startsWith("【会議資料の差し替え】" + title));
        assertThat(GreenMailUtil.getBody(toTanaka.get(0))).isNotBlank();
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(m -> about(m, title))
                .filter(m -> recipient(m).equals("sato@city-hall.example"))).as("the organiser handed it out").isEmpty();

        String home = PageSignIn.signIn("tanaka").get("/index.xhtml").body();
        assertThat(home).contains(title, "/meetings/view.xhtml?id=" + id);
        assertThat(PageSignIn.signIn("watanabe").get("/index.xhtml").body()).doesNotContain(title);
    }

    private static List<MimeMessage> mailsAbout(String title, String to, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        List<MimeMessage> found = List.of();
        while (System.nanoTime() < deadline) {
            found = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> about(m, title))
                    .filter(m -> recipient(m).equals(to)).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(count + " mails about " + title + " to " + to + " expected, got " + found.size());
    }

    private static boolean about(MimeMessage m, String title) {
        try {
            return m.getSubject() != null && m.getSubject().contains(title);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString().replaceAll(".*<|>.*", "");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
