package jp.shokuba.paper.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shokuba.paper.domain.CounterKind;
import jp.shokuba.paper.domain.CounterStep;
import jp.shokuba.paper.domain.Devices;
import jp.shokuba.paper.domain.ReadingFlag;
import jp.shokuba.paper.domain.Readings;
import jp.shokuba.paper.domain.Readings.Reading;

/**
 * Writes a device's readings for a day, the total and each configured extra counter (colour, mono, A3) by the same
 * rules. A silent day is written as SILENT; the next answer's pages are spread over the silent days and its own
 * (BRIDGED), so that months split across a silence still add up. A counter that went down is a wrap or a reset, a
 * new serial number a replaced device (see {@link CounterStep}). An extra counter the device did not answer while
 * it answered the total is silent on its own.
 */
@Stateless
public class ReadingBook {

    @Inject
    Readings readings;

    @Inject
    Devices devices;

    /**
     * One device's answer in a round: the total, or null when it was silent, and the extra counters configured
     * for it, each with its value or null when it was not answered.
     */
    public record Answer(long deviceId, Long counter, String serial, Map<CounterKind, Long> extras) {
        public Answer {
            Map<CounterKind, Long> copy = new EnumMap<>(CounterKind.class);
            if (extras != null) {
                copy.putAll(extras);
            }
            extras = java.util.Collections.unmodifiableMap(copy);
        }

        public Answer(long deviceId, Long counter, String serial) {
            this(deviceId, counter, serial, Map.of());
        }
    }

    /** A whole round's answers, in one transaction; the flags are those of the totals. */
    public Map<ReadingFlag, Integer> recordAll(LocalDate day, List<Answer> answers) {
        Map<ReadingFlag, Integer> flags = new EnumMap<>(ReadingFlag.class);
        for (Answer a : answers) {
            flags.merge(record(a.deviceId(), day, a.counter(), a.serial()), 1, Integer::sum);
            for (Map.Entry<CounterKind, Long> extra : a.extras().entrySet()) {
                record(a.deviceId(), extra.getKey(), day, a.counter() == null ? null : extra.getValue(), a.serial());
            }
        }
        return flags;
    }

    /** @param counter the answered total, or null when the device was silent */
    public ReadingFlag record(long deviceId, LocalDate day, Long counter, String serial) {
        if (counter != null) {
            devices.byId(deviceId).ifPresent(d -> d.reportsSerial(serial));
        }
        return record(deviceId, CounterKind.TOTAL, day, counter, serial);
    }

    /** @param counter the answered value of the counter, or null when it was not answered */
    public ReadingFlag record(long deviceId, CounterKind kind, LocalDate day, Long counter, String serial) {
        Optional<Reading> today = readings.on(deviceId, kind, day);
        if (counter == null) {
            if (today.isEmpty()) {
                readings.put(kind, new Reading(deviceId, day, null, 0, ReadingFlag.SILENT, null));
                return ReadingFlag.SILENT;
            }
            return today.get().flag();
        }
        Optional<Reading> previous = readings.lastAnswerBefore(deviceId, kind, day);
        if (previous.isEmpty()) {
            readings.put(kind, new Reading(deviceId, day, counter, 0, ReadingFlag.BASELINE, serial));
            return ReadingFlag.BASELINE;
        }
        Reading last = previous.get();
        int days = (int) ChronoUnit.DAYS.between(last.day(), day);
        CounterStep step = CounterStep.between(last.counter(), last.serial(), counter, serial, days);
        ReadingFlag flag = step.flag();
        long pagesToday = step.pages();
        if (days > 1 && step.pages() > 0) {
            long[] shares = CounterStep.spread(step.pages(), days);
            for (int i = 0; i < days - 1; i++) {
                readings.put(kind, new Reading(deviceId, last.day().plusDays(i + 1), null, shares[i], ReadingFlag.BRIDGED, null));
            }
            pagesToday = shares[days - 1];
            flag = flag == ReadingFlag.NORMAL ? ReadingFlag.BRIDGED : flag;
        }
        readings.put(kind, new Reading(deviceId, day, counter, pagesToday, flag, serial));
        return flag;
    }
}
