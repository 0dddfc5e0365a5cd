package jp.shokuba.meetings.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import jp.shokuba.mail.application.MailQueue;
import jp.shokuba.meetings.application.MaterialDistributed;
import jp.shokuba.meetings.domain.Meeting;
import jp.shokuba.platform.CityTime;
import jp.shokuba.platform.Wareki;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells every member of a meeting (attendees and delegates, not the organiser who handed it out) by mail that a
 * material is there to read before the meeting. Queued in the outbox inside the distributing transaction, so the
 * notice goes out exactly when the material is really there.
 */
@ApplicationScoped
public class MeetingNotifier {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");

    @Inject
    @ConfigProperty(name = "shokuba.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    MailQueue mail;

    void onDistributed(@Observes MaterialDistributed d) {
        Meeting m = d.meeting();
        String subject = (d.version() > 1 ? "【会議資料の差し替え】" : "【会議資料】") + m.title() + "（" + when(m) + "）";
        for (String login : m.members().keySet()) {
            mail.queueTo(login, subject, name -> body(name, d));
        }
    }

    private String body(String name, MaterialDistributed d) {
        Meeting m = d.meeting();
        String what = d.version() > 1 ? "会議資料「" + d.materialTitle() + "」が差し替えられました（第" + d.version()
                + "版）。書き込みは新しい版に移してあります。" : "会議資料「" + d.materialTitle() + "」が配布されました。";
        return name + " さん\n\n" + what + (m.confidential() ? "\n取扱注意の会議です。資料には閲覧者の氏名と日時が入ります。" : "")
                + "\n\n会議: " + m.title() + "\n日時: " + when(m) + "\n" + baseUrl + "/meetings/view.xhtml?id=" + m.id()
                + "\n\n-- \n職場 Shokuba ペーパーレス会議\n";
    }

    private static String when(Meeting m) {
        ZonedDateTime start = m.start().atZone(CityTime.ZONE);
        return Wareki.date(start.toLocalDate()) + " " + start.format(CLOCK) + "〜"
                + m.end().atZone(CityTime.ZONE).format(CLOCK);
    }
}
