package jp.shokuba.paper.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jp.shokuba.paper.domain.CounterKind;
import org.junit.jupiter.api.Test;

/** The poller against simulated agents on 127.0.1.x: v2c, v3 with privacy, vendor counters, a wrong community, silence, and a slow round. */
class SnmpPollerTest {

    @Test
    void readsV2cAndV3CountersAndSerials() throws Exception {
        try (SnmpPoller poller = new SnmpPoller();
             SimulatedPrinter v2 = SimulatedPrinter.v2c("127.0.1.201", 0, "public", 123_456, "XRX-1");
             SimulatedPrinter v3 = SimulatedPrinter.v3("127.0.1.202", 0, "paper", "authpass1", "privpass1", 4_294_967_000L, "RCH-9")) {
            SnmpPoller.Answer a = poller.read(SnmpPoller.Probe.v2c(v2.host(), v2.port(), "public"), Duration.ofSeconds(2)).get();
            SnmpPoller.Answer b = poller.read(new SnmpPoller.Probe(v3.host(), v3.port(), "3", null, "paper", "authpass1", "privpass1"),
                    Duration.ofSeconds(2)).get();

            assertThat(a.counter()).isEqualTo(123_456L);
            assertThat(a.serial()).isEqualTo("XRX-1");
            assertThat(b.failure()).isNull();
            assertThat(b.counter()).isEqualTo(4_294_967_000L);
            assertThat(b.serial()).isEqualTo("RCH-9");
        }
    }

    @Test
    void colourMonoAndA3CountersComeInTheSameAnswerAndOneTheDeviceLacksIsAbsent() throws Exception {
        String colour = "1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.33";
        String mono = "1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.34";
        String a3 = "1.3.6.1.4.1.99999.1.3";
        try (SnmpPoller poller = new SnmpPoller();
             SimulatedPrinter v2 = SimulatedPrinter.v2c("127.0.1.205", 0, "public", 10_000, "XRX-5");
             SimulatedPrinter v3 = SimulatedPrinter.v3("127.0.1.206", 0, "paper", "authpass1", "privpass1", 500, "XRX-6")) {
            v2.setCounter(colour, 3_000);
            v2.setCounter(mono, 4_294_967_290L);
            v3.setCounter(colour, 200);
            Map<CounterKind, String> oids = Map.of(CounterKind.COLOUR, colour, CounterKind.MONO, mono, CounterKind.LARGE, a3);

            SnmpPoller.Answer a = poller.read(SnmpPoller.Probe.v2c(v2.host(), v2.port(), "public").withCounters(oids),
                    Duration.ofSeconds(2)).get();
            SnmpPoller.Answer b = poller.read(new SnmpPoller.Probe(v3.host(), v3.port(), "3", null, "paper", "authpass1", "privpass1", oids),
                    Duration.ofSeconds(2)).get();

            assertThat(a.counter()).isEqualTo(10_000L);
            assertThat(a.serial()).isEqualTo("XRX-5");
            assertThat(a.extras()).containsOnly(Map.entry(CounterKind.COLOUR, 3_000L), Map.entry(CounterKind.MONO, 4_294_967_290L));
            assertThat(b.counter()).isEqualTo(500L);
            assertThat(b.extras()).containsOnly(Map.entry(CounterKind.COLOUR, 200L));
        }
    }

    @Test
    void aWrongCommunityOrASilentAgentIsNoAnswer() throws Exception {
        try (SnmpPoller poller = new SnmpPoller();
             SimulatedPrinter quiet = SimulatedPrinter.v2c("127.0.1.203", 0, "public", 1, null);
             SimulatedPrinter other = SimulatedPrinter.v2c("127.0.1.204", 0, "secret", 1, null)) {
            quiet.setSilent(true);
            SnmpPoller.Answer a = poller.read(SnmpPoller.Probe.v2c(quiet.host(), quiet.port(), "public"), Duration.ofMillis(300)).get();
            SnmpPoller.Answer b = poller.read(SnmpPoller.Probe.v2c(other.host(), other.port(), "public"), Duration.ofMillis(300)).get();

            assertThat(a.answered()).isFalse();
            assertThat(b.answered()).isFalse();
        }
    }

    @Test
    void manySlowDevicesTakeAboutAsLongAsTheSlowest() throws Exception {
        List<SimulatedPrinter> agents = new ArrayList<>();
        try (SnmpPoller poller = new SnmpPoller()) {
            for (int i = 0; i < 40; i++) {
                SimulatedPrinter p = SimulatedPrinter.v2c("127.0.2." + (i + 1), 0, "public", i, null);
                p.setDelayMillis(100 + i * 5);
                agents.add(p);
            }
            long start = System.nanoTime();
            List<CompletableFuture<SnmpPoller.Answer>> answers = agents.stream()
                    .map(p -> poller.read(SnmpPoller.Probe.v2c(p.host(), p.port(), "public"), Duration.ofSeconds(2))).toList();
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get();
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(answers).allMatch(f -> f.join().answered());
            assertThat(millis).isLessThan(2 * 295);
        } finally {
            for (SimulatedPrinter p : agents) {
                p.close();
            }
        }
    }
}
