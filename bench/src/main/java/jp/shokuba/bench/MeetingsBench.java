package jp.shokuba.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One presenter per meeting draws at a fixed rate (a stroke-in-progress message per point) and every other attendee
 * records the time from send to receipt; the same people, messages and rate then go through the bare broadcast
 * endpoint of the same server. Run for one meeting and for ten at once; the server's CPU is read from /proc.
 */
public final class MeetingsBench {

    private final String url;
    private final int attendees;
    private final int seconds;
    private final int rate;
    private final long serverPid;
    private final List<HttpClient> clients = new ArrayList<>();

    private MeetingsBench(Map<String, String> a) {
        url = a.getOrDefault("url", "http://127.0.0.1:8193");
        attendees = Integer.parseInt(a.getOrDefault("attendees", "50"));
        seconds = Integer.parseInt(a.getOrDefault("seconds", "20"));
        rate = Integer.parseInt(a.getOrDefault("rate", "20"));
        serverPid = Long.parseLong(a.getOrDefault("server-pid", "0"));
        for (int i = 0; i < 4; i++) {
            clients.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build());
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        MeetingsBench bench = new MeetingsBench(a);
        int meetings = Integer.parseInt(a.getOrDefault("meetings", "10"));
        List<String> staff;
        try (Connection db = DriverManager.getConnection(a.get("db"), "postgres", "")) {
            staff = BenchCity.makeStaff(db, bench.attendees * meetings);
        }
        System.out.printf(Locale.ROOT, "%d attendees per meeting, presenter draws %d points/s for %d s (first 3 s not counted)%n",
                bench.attendees, bench.rate, bench.seconds);
        Result one = bench.scenario(staff, 1);
        Result ten = bench.scenario(staff, meetings);
        System.out.printf(Locale.ROOT, "RESULT one_p50_ms=%.1f one_p99_ms=%.1f one_baseline_p99_ms=%.1f one_ratio=%.2f one_cpu=%.2f"
                        + " ten_p50_ms=%.1f ten_p99_ms=%.1f ten_baseline_p99_ms=%.1f ten_ratio=%.2f ten_cpu=%.2f%n",
                one.meeting.p50, one.meeting.p99, one.bare.p99, one.ratio(), one.meeting.cpu,
                ten.meeting.p50, ten.meeting.p99, ten.bare.p99, ten.ratio(), ten.meeting.cpu);
    }

    private record Figures(double p50, double p99, long samples, long expected, double cpu) {
    }

    private record Result(Figures meeting, Figures bare) {
        double ratio() {
            return bare.p99 <= 0 ? 0 : meeting.p99 / bare.p99;
        }
    }

    private Result scenario(List<String> staff, int meetings) throws Exception {
        List<List<String>> groups = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            List<String> people = staff.subList(m * attendees, (m + 1) * attendees);
            groups.add(people);
            ids.add(createMeeting(people));
        }
        String label = meetings == 1 ? "one meeting" : meetings + " meetings at once";
        if (meetings == 1) {
            // the server's first WebSocket traffic: both paths once, unmeasured, so that neither runs on a cold JIT
            run(groups, m -> "/ws/meetings/" + ids.get(m) + "?since=0", ids, 6);
            run(groups, m -> "/ws/bench-broadcast/warm" + m + "-" + System.nanoTime(), ids, 6);
        }
        Figures meeting = run(groups, m -> "/ws/meetings/" + ids.get(m) + "?since=0", ids, seconds);
        Figures bare = run(groups, m -> "/ws/bench-broadcast/room" + m + "-" + System.nanoTime(), ids, seconds);
        print(label + ", /ws/meetings", meeting);
        print(label + ", bare broadcast", bare);
        Result r = new Result(meeting, bare);
        System.out.printf(Locale.ROOT, "RESULT scenario=%s p50_ms=%.1f p99_ms=%.1f baseline_p50_ms=%.1f baseline_p99_ms=%.1f"
                        + " ratio=%.2f cpu=%.2f baseline_cpu=%.2f%n", meetings == 1 ? "one" : "ten", meeting.p50, meeting.p99,
                bare.p50, bare.p99, r.ratio(), meeting.cpu, bare.cpu);
        return r;
    }

    private static void print(String what, Figures f) {
        System.out.printf(Locale.ROOT, "  %-34s p50 %6.1f ms  p99 %6.1f ms  receipts %d of %d  server CPU %.2f cores%n",
                what, f.p50, f.p99, f.samples, f.expected, f.cpu);
    }

    private long createMeeting(List<String> people) throws Exception {
        StringBuilder list = new StringBuilder();
        for (String p : people.subList(1, people.size())) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(p).append('"');
        }
        LocalDate day = LocalDate.now().plusDays(1);
        String body = "{\"title\":\"ベンチ会議\",\"start\":\"" + day + "T10:00\",\"end\":\"" + day + "T11:00\",\"attendees\":["
                + list + "],\"agenda\":[{\"title\":\"議題\"}]}";
        HttpResponse<String> r = clients.get(0).send(HttpRequest.newBuilder(URI.create(url + "/api/v1/meetings"))
                .header("Authorization", basic(people.get(0))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("meeting not created: " + r.statusCode() + " " + r.body());
        }
        long id = Long.parseLong(r.body().replaceAll("\\D+", ""));
        String boundary = "bench" + System.nanoTime();
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        multipart.writeBytes(pdf());
        multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> m = clients.get(0).send(HttpRequest.newBuilder(URI.create(url + "/api/v1/meetings/" + id + "/materials"))
                .header("Authorization", basic(people.get(0))).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (m.statusCode() != 201) {
            throw new IllegalStateException("material not handed out: " + m.statusCode() + " " + m.body());
        }
        return id;
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(out);
            return out.toByteArray();
        }
    }

    private Figures run(List<List<String>> groups, java.util.function.IntFunction<String> path, List<Long> ids,
                        int seconds) throws Exception {
        List<Receiver> all = new ArrayList<>();
        List<WebSocket> presenters = new ArrayList<>();
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        CountDownLatch ready = new CountDownLatch(groups.stream().mapToInt(List::size).sum());
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        for (int m = 0; m < groups.size(); m++) {
            URI ws = URI.create(url.replaceFirst("^http", "ws") + path.apply(m));
            for (int i = 0; i < groups.get(m).size(); i++) {
                Receiver r = new Receiver(i == 0, ready, ws.getPath().startsWith("/ws/bench-broadcast"));
                all.add(r);
                opening.add(clients.get(all.size() % clients.size()).newWebSocketBuilder()
                        .header("Authorization", basic(groups.get(m).get(i))).buildAsync(ws, r));
                if (all.size() % 50 == 0) {
                    Thread.sleep(100); // do not let hundreds of handshakes queue on two cores at once
                }
            }
        }
        for (CompletableFuture<WebSocket> f : opening) {
            f.get(120, TimeUnit.SECONDS);
        }
        if (!ready.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not every client was ready");
        }
        for (int m = 0; m < groups.size(); m++) {
            presenters.add(opening.get(m * groups.get(m).size()).get());
        }
        for (Receiver r : all) {
            r.countFrom = Long.MAX_VALUE;
        }
        ScheduledExecutorService draw = Executors.newScheduledThreadPool(2);
        AtomicLong counted = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long[] cpuAtWarm = new long[1];
        long[] cpuWarmAt = new long[1];
        for (int m = 0; m < presenters.size(); m++) {
            WebSocket presenter = presenters.get(m);
            long material = ids.get(m);
            int offset = m;
            draw.scheduleAtFixedRate(new Runnable() {
                int n;

                @Override
                public void run() {
                    long now = System.nanoTime();
                    if (now >= end) {
                        return;
                    }
                    if (now >= warmUntil) {
                        counted.incrementAndGet();
                    }
                    String msg = "{\"t\":\"stroke\",\"sid\":\"bench\",\"materialId\":" + material + ",\"page\":1,"
                            + "\"layer\":\"SHARED\",\"type\":\"INK\",\"points\":[[" + (100 + n % 300) + "," + (400 + offset)
                            + "]],\"color\":\"#d03030\",\"width\":2,\"ts\":" + now + "}";
                    n++;
                    synchronized (presenter) {
                        presenter.sendText(msg, true).join();
                    }
                }
            }, (long) m * 1_000_000 / rate / Math.max(1, presenters.size()), 1_000_000 / rate, TimeUnit.MICROSECONDS);
        }
        for (Receiver r : all) {
            r.countFrom = warmUntil;
        }
        Thread.sleep(Math.max(0, (warmUntil - System.nanoTime()) / 1_000_000));
        cpuAtWarm[0] = cpuTicks();
        cpuWarmAt[0] = System.nanoTime();
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        long cpuEnd = cpuTicks();
        double wall = (System.nanoTime() - cpuWarmAt[0]) / 1e9;
        draw.shutdown();
        draw.awaitTermination(5, TimeUnit.SECONDS);
        Thread.sleep(1500);
        List<Long> latencies = new ArrayList<>();
        for (Receiver r : all) {
            synchronized (r) {
                latencies.addAll(r.latencies);
            }
        }
        for (CompletableFuture<WebSocket> f : opening) {
            f.get().abort();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long perMeetingReceivers = groups.get(0).size() - 1L;
        double cpu = serverPid > 0 && wall > 0 ? (cpuEnd - cpuAtWarm[0]) / 100.0 / wall : -1;
        return new Figures(pct(sorted, 0.50), pct(sorted, 0.99), sorted.length, counted.get() * perMeetingReceivers, cpu);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** utime + stime of the server process, in clock ticks (1/100 s on Linux). */
    private long cpuTicks() {
        if (serverPid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return 0;
        }
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** One attendee: counts a ready signal (hello, or the first open for the bare endpoint) and each stroke's latency. */
    private static final class Receiver implements WebSocket.Listener {
        private final boolean presenter;
        private final CountDownLatch ready;
        private final StringBuilder partial = new StringBuilder();
        final List<Long> latencies = new ArrayList<>();
        volatile long countFrom = Long.MAX_VALUE;
        private final boolean readyOnOpen;
        private boolean counted;

        Receiver(boolean presenter, CountDownLatch ready, boolean readyOnOpen) {
            this.presenter = presenter;
            this.ready = ready;
            this.readyOnOpen = readyOnOpen;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(Long.MAX_VALUE);
            if (readyOnOpen) {
                markReady();
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (!last) {
                return null;
            }
            String text = partial.toString();
            partial.setLength(0);
            if (text.startsWith("{\"t\":\"hello\"")) {
                markReady();
                return null;
            }
            int at = text.indexOf("\"ts\":");
            if (at >= 0) {
                int stop = at + 5;
                while (stop < text.length() && Character.isDigit(text.charAt(stop))) {
                    stop++;
                }
                long sent = Long.parseLong(text.substring(at + 5, stop));
                if (sent >= countFrom && !presenter) {
                    synchronized (this) {
                        latencies.add(now - sent);
                    }
                }
            }
            return null;
        }

        synchronized void markReady() {
            if (!counted) {
                counted = true;
                ready.countDown();
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (statusCode == 1008) {
                System.err.println("refused: " + reason);
            }
            return null;
        }
    }
}
