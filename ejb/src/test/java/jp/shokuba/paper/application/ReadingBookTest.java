package jp.shokuba.paper.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.shokuba.paper.domain.CounterKind;
import jp.shokuba.paper.domain.Device;
import jp.shokuba.paper.domain.Devices;
import jp.shokuba.paper.domain.Readings;
import org.junit.jupiter.api.Test;

/**
 * The extra counters are booked by the very rules of the total: a colour counter that resets, a mono counter that
 * wraps at 2^32, an A3 counter the device stops answering for two days while it answers the total.
 */
class ReadingBookTest {

    private static final LocalDate D1 = LocalDate.of(2025, 6, 2);
    private static final long DEVICE = 7;

    private final InMemoryReadings readings = new InMemoryReadings();
    private final ReadingBook book = new ReadingBook();

    ReadingBookTest() {
        book.readings = readings;
        book.devices = new NoDevices();
    }

    private void round(int day, long total, Long colour, Long mono, Long a3) {
        Map<CounterKind, Long> extras = new EnumMap<>(CounterKind.class);
        extras.put(CounterKind.COLOUR, colour);
        extras.put(CounterKind.MONO, mono);
        extras.put(CounterKind.LARGE, a3);
        book.recordAll(D1.plusDays(day), List.of(new ReadingBook.Answer(DEVICE, total, "S-1", extras)));
    }

    @Test
    void resetWrapAndSilenceOfTheExtraCountersAreBookedLikeTheTotal() {
        round(0, 10_000, 3_000L, 4_294_967_000L, 800L);
        round(1, 10_500, 3_200L, 4_294_967_200L, 850L);
        round(2, 11_000, 50L, 200L, null);          // colour reset, mono past 2^32: 96 + 200, A3 not answered
        round(3, 11_400, 150L, 400L, null);
        round(4, 11_700, 250L, 500L, 1_000L);       // A3 again: 150 over the two silent days and this one

        assertThat(readings.flags(CounterKind.TOTAL)).containsExactly("BASELINE:0", "NORMAL:500", "NORMAL:500", "NORMAL:400", "NORMAL:300");
        assertThat(readings.flags(CounterKind.COLOUR)).containsExactly("BASELINE:0", "NORMAL:200", "RESET:0", "NORMAL:100", "NORMAL:100");
        assertThat(readings.flags(CounterKind.MONO)).containsExactly("BASELINE:0", "NORMAL:200", "WRAP:296", "NORMAL:200", "NORMAL:100");
        assertThat(readings.flags(CounterKind.LARGE)).containsExactly("BASELINE:0", "NORMAL:50", "BRIDGED:50", "BRIDGED:50", "BRIDGED:50");
    }

    @Test
    void aSilentDeviceIsSilentOnEveryCounter() {
        round(0, 10_000, 3_000L, 7_000L, 800L);
        book.recordAll(D1.plusDays(1), List.of(new ReadingBook.Answer(DEVICE, null, null,
                Map.of(CounterKind.COLOUR, 3_100L, CounterKind.MONO, 7_100L, CounterKind.LARGE, 900L))));

        for (CounterKind kind : CounterKind.values()) {
            assertThat(readings.flags(kind)).as(kind.name()).containsExactly("BASELINE:0", "SILENT:0");
        }
    }

    /** The readings of one device in memory, by counter and day. */
    private static final class InMemoryReadings implements Readings {
        final Map<CounterKind, TreeMap<LocalDate, Reading>> rows = new EnumMap<>(CounterKind.class);

        List<String> flags(CounterKind kind) {
            List<String> out = new ArrayList<>();
            rows.getOrDefault(kind, new TreeMap<>()).values().forEach(r -> out.add(r.flag() + ":" + r.pages()));
            return out;
        }

        private TreeMap<LocalDate, Reading> of(CounterKind kind) {
            return rows.computeIfAbsent(kind, k -> new TreeMap<>());
        }

        @Override
        public Optional<Reading> lastAnswerBefore(long deviceId, CounterKind kind, LocalDate day) {
            return of(kind).headMap(day, false).descendingMap().values().stream().filter(r -> r.counter() != null).findFirst();
        }

        @Override
        public Optional<Reading> on(long deviceId, CounterKind kind, LocalDate day) {
            return Optional.ofNullable(of(kind).get(day));
        }

        @Override
        public void put(CounterKind kind, Reading reading) {
            of(kind).put(reading.day(), reading);
        }

        @Override
        public void putAll(List<Reading> all) {
            all.forEach(r -> put(CounterKind.TOTAL, r));
        }

        @Override
        public List<Reading> between(long deviceId, CounterKind kind, LocalDate from, LocalDate to) {
            return List.copyOf(of(kind).subMap(from, to).values());
        }

        @Override
        public List<CounterMonthPages> monthlyByCounter(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<MonthPages> monthly(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void putMonthly(long deviceId, YearMonth month, long pages) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Constant> constants() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean updateConstant(String key, BigDecimal value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, BigDecimal> targets(int fiscalYear) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void putTarget(String departmentCode, int fiscalYear, BigDecimal percent) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Long> paperApprovals(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void putPaperApprovals(String departmentCode, YearMonth month, int count) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class NoDevices implements Devices {
        @Override
        public List<Device> all() {
            return List.of();
        }

        @Override
        public Optional<Device> byId(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<Device> byAddress(String address) {
            return Optional.empty();
        }

        @Override
        public void add(Device device) {
        }
    }
}
