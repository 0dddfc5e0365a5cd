package jp.shokuba.seating.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    @Test
    void eventsAreInUtcWithCrlfAndEscapedText() {
        String ics = new ICalendar("-//Shokuba//Test//JA", Instant.parse("2026-11-27T00:00:00Z"))
                .event("desk-1@city", Instant.parse("2026-11-30T23:30:00Z"), Instant.parse("2026-12-01T03:00:00Z"),
                        "座席 2F-001", "第一本庁舎 2F, 窓側; 南").text();

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART:20261130T233000Z\r\n", "DTEND:20261201T030000Z\r\n", "LOCATION:第一本庁舎 2F\\, 窓側\\; 南\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String ics = new ICalendar("-//x//y//JA", Instant.EPOCH)
                .event("u", Instant.EPOCH, Instant.EPOCH.plusSeconds(60), "会議".repeat(40), "").text();

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:" + "会議".repeat(40));
    }
}
