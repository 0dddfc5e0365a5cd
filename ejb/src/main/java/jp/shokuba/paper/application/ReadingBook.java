package jp.shokuba.paper.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import jp.shokuba.paper.domain.CounterStep;
import jp.shokuba.paper.domain.Devices;
import jp.shokuba.paper.domain.ReadingFlag;
import jp.shokuba.paper.domain.Readings;
import jp.shokuba.paper.domain.Readings.Reading;

/**
 * Writes a device's reading for a day. A silent day is written as SILENT; the next answer's pages are spread
 * over the silent days and its own (BRIDGED), so that months split across a silence still add up. A counter
 * that went down is a wrap or a reset, a new serial number a replaced device (see {@link CounterStep}).
 */
@Stateless
public class ReadingBook {

    @Inject
    Readings readings;

    @Inject
    Devices devices;

    /** One device's answer in a round: the counter, or null when it was silent. */
    public record Answer(long deviceId, Long counter, String serial) {
    }

    /** A whole round's answers, in one transaction. */
    public java.util.Map<ReadingFlag, Integer> recordAll(LocalDate day, java.util.List<Answer> answers) {
        java.util.Map<ReadingFlag, Integer> flags = new java.util.EnumMap<>(ReadingFlag.class);
        for (Answer a : answers) {
            flags.merge(record(a.deviceId(), day, a.counter(), a.serial()), 1, Integer::sum);
        }
        return flags;
    }

    /** @param counter the answered counter, or null when the device was silent */
    public ReadingFlag record(long deviceId, LocalDate day, Long counter, String serial) {
        Optional<Reading> today = readings.on(deviceId, day);
        if (counter == null) {
            if (today.isEmpty()) {
                readings.put(new Reading(deviceId, day, null, 0, ReadingFlag.SILENT, null));
                return ReadingFlag.SILENT;
            }
            return today.get().flag();
        }
        Optional<Reading> previous = readings.lastAnswerBefore(deviceId, day);
        devices.byId(deviceId).ifPresent(d -> d.reportsSerial(serial));
        if (previous.isEmpty()) {
            readings.put(new Reading(deviceId, day, counter, 0, ReadingFlag.BASELINE, serial));
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
                readings.put(new Reading(deviceId, last.day().plusDays(i + 1), null, shares[i], ReadingFlag.BRIDGED, null));
            }
            pagesToday = shares[days - 1];
            flag = flag == ReadingFlag.NORMAL ? ReadingFlag.BRIDGED : flag;
        }
        readings.put(new Reading(deviceId, day, counter, pagesToday, flag, serial));
        return flag;
    }
}
