package jp.shokuba.bench.paper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jp.shokuba.paper.infrastructure.SimulatedPrinter;
import jp.shokuba.paper.infrastructure.SnmpPoller;

/**
 * Polls N simulated printers on loopback (127.0.10.x upwards), each answering after 50–500 ms (uniform), every twentieth silent (5%), with the
 * application's poller (one UDP socket, asynchronous requests, a timeout) and measures each round against the slowest
 * answering device's latency. Open sockets are counted from /proc/self/fd while the rounds run, less the agents' own.
 * round_ms in the RESULT line is the median of the measured rounds; the worst round is printed on the line before.
 * Arguments: devices (300), rounds (5), timeout in ms (700), seed (12).
 */
public final class PaperPoll {

    private PaperPoll() {
    }

    public static void main(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long timeoutMillis = args.length > 2 ? Long.parseLong(args[2]) : 700;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 12;
        Random random = new Random(seed);
        List<SimulatedPrinter> agents = new ArrayList<>();
        int slowest = 0;
        int silent = 0;
        try {
            for (int i = 0; i < devices; i++) {
                String host = "127.0." + (10 + i / 250) + "." + (1 + i % 250);
                SimulatedPrinter p = SimulatedPrinter.v2c(host, 0, "public", 1_000_000L + i, "SIM-" + i);
                int delay = 50 + random.nextInt(451);
                p.setDelayMillis(delay);
                if (i % 20 == 7) {
                    p.setSilent(true);
                    silent++;
                } else {
                    slowest = Math.max(slowest, delay);
                }
                agents.add(p);
            }
            int baseline = sockets();
            AtomicInteger maxOpen = new AtomicInteger();
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    maxOpen.accumulateAndGet(sockets() - baseline, Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "socket-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long worst = 0;
            List<Long> times = new ArrayList<>();
            int answeredLast = 0;
            try (SnmpPoller poller = new SnmpPoller()) {
                // one warm-up round: class loading and JIT, not measured
                round(poller, agents, timeoutMillis);
                for (int r = 0; r < rounds; r++) {
                    long start = System.nanoTime();
                    answeredLast = round(poller, agents, timeoutMillis);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    worst = Math.max(worst, millis);
                    times.add(millis);
                    System.out.printf("round %d: %d ms, %d of %d answered (%d silent by design)%n", r + 1, millis, answeredLast,
                            devices, silent);
                }
            }
            sampling.set(false);
            sampler.join();
            if (answeredLast != devices - silent) {
                throw new IllegalStateException("answered " + answeredLast + ", expected " + (devices - silent));
            }
            times.sort(null);
            long median = times.get(times.size() / 2);
            System.out.printf("devices=%d silent=%d timeout_ms=%d rounds=%d median_round_ms=%d worst_round_ms=%d (worst ratio %.2f)%n",
                    devices, silent, timeoutMillis, rounds, median, worst, (double) worst / slowest);
            System.out.printf("RESULT round_ms=%d slowest_ms=%d ratio=%.2f max_open_sockets=%d%n", median, slowest,
                    (double) median / slowest, maxOpen.get());
        } finally {
            for (SimulatedPrinter p : agents) {
                p.close();
            }
        }
    }

    private static int round(SnmpPoller poller, List<SimulatedPrinter> agents, long timeoutMillis) {
        List<CompletableFuture<SnmpPoller.Answer>> answers = new ArrayList<>();
        for (SimulatedPrinter p : agents) {
            answers.add(poller.read(SnmpPoller.Probe.v2c(p.host(), p.port(), "public"), Duration.ofMillis(timeoutMillis)));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        return (int) answers.stream().filter(a -> a.join().answered()).count();
    }

    /** Sockets this process holds open now. */
    private static int sockets() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException gone) {
                    return false;
                }
            }).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
