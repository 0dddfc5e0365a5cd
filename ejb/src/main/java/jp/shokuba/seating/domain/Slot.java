package jp.shokuba.seating.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A bookable part of a working day. DAY covers AM and PM, so it conflicts with both; AM and PM never
 * conflict. The times match {@code seating.slot_range} in the database, which the exclusion constraints use.
 */
public enum Slot {
    AM(LocalTime.of(8, 30), LocalTime.of(12, 0)),
    PM(LocalTime.of(13, 0), LocalTime.of(17, 15)),
    DAY(LocalTime.of(8, 30), LocalTime.of(17, 15));

    private final LocalTime start;
    private final LocalTime end;

    Slot(LocalTime start, LocalTime end) {
        this.start = start;
        this.end = end;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    public boolean overlaps(Slot other) {
        return this == DAY || other == DAY || this == other;
    }

    /** Whether this slot includes the morning (AM or DAY). */
    public boolean coversMorning() {
        return this != PM;
    }

    public boolean coversAfternoon() {
        return this != AM;
    }

    public ZonedDateTime startOn(LocalDate day, ZoneId zone) {
        return day.atTime(start).atZone(zone);
    }

    public ZonedDateTime endOn(LocalDate day, ZoneId zone) {
        return day.atTime(end).atZone(zone);
    }

    /** AM, PM or DAY in any case; anything else is refused. */
    public static Slot parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("slot は AM, PM, DAY のいずれかです");
        }
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("slot は AM, PM, DAY のいずれかです: " + text);
        }
    }
}
