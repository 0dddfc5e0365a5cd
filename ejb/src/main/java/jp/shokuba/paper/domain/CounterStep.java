package jp.shokuba.paper.domain;

import java.util.Objects;

/**
 * The pages between two answers of a device's lifetime counter (Printer-MIB {@code prtMarkerLifeCount}, a
 * Counter32). A counter that went down is either a wrap at 2^32 — when the distance across the wrap is
 * plausible for the days between — or a reset (a new baseline). A different serial number is a replaced device,
 * whatever the counter says.
 */
public record CounterStep(ReadingFlag flag, long pages) {

    public static final long WRAP_AT = 1L << 32;
    /** More pages than this per day across a wrap means it was no wrap but a reset. */
    public static final long MAX_PAGES_PER_DAY = 200_000;

    public CounterStep {
        Objects.requireNonNull(flag);
        if (pages < 0) {
            throw new IllegalArgumentException("pages " + pages);
        }
    }

    /** The first answer ever, or the first after a reset: a baseline with no pages. */
    public static CounterStep baseline() {
        return new CounterStep(ReadingFlag.BASELINE, 0);
    }

    /**
     * @param previous the last counter answered, {@code days} before this one
     * @param previousSerial its serial number, or null when the device does not report one
     */
    public static CounterStep between(long previous, String previousSerial, long counter, String serial, long days) {
        if (counter < 0 || previous < 0 || days < 1) {
            throw new IllegalArgumentException("counter " + previous + " → " + counter + " over " + days + " days");
        }
        if (previousSerial != null && serial != null && !previousSerial.equals(serial)) {
            return new CounterStep(ReadingFlag.REPLACED, 0);
        }
        if (counter >= previous) {
            return new CounterStep(ReadingFlag.NORMAL, counter - previous);
        }
        long acrossWrap = WRAP_AT - previous + counter;
        if (previous < WRAP_AT && acrossWrap <= MAX_PAGES_PER_DAY * days) {
            return new CounterStep(ReadingFlag.WRAP, acrossWrap);
        }
        return new CounterStep(ReadingFlag.RESET, 0);
    }

    /**
     * The pages spread evenly over {@code days} days (the silent ones and the day of the answer); the remainder
     * goes to the last day, so the shares add up to exactly {@code pages}.
     */
    public static long[] spread(long pages, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days " + days);
        }
        long[] shares = new long[days];
        long each = pages / days;
        for (int i = 0; i < days; i++) {
            shares[i] = each;
        }
        shares[days - 1] += pages - each * days;
        return shares;
    }
}
