package jp.shokuba.meetings.domain;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import jp.shokuba.platform.CityTime;
import jp.shokuba.platform.Wareki;

/** The line printed on every page of a confidential (取扱注意) material given out: who took it, and when. */
public final class ConfidentialMark {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private ConfidentialMark() {
    }

    public static String line(String name, String login, Instant at) {
        ZonedDateTime t = at.atZone(CityTime.ZONE);
        return "取扱注意　" + name + "（" + login + "）　" + Wareki.date(t.toLocalDate()) + " " + t.format(CLOCK);
    }
}
