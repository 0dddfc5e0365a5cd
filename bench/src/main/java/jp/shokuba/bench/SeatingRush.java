package jp.shokuba.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The morning rush, driven from loopback: 3,000 staff (made for the bench) each sign in once (a PBKDF2 check at the
 * bench accounts' 1,024 iterations, which the bench server is configured to keep; the identity store then remembers
 * the verified password for two minutes, and a check after that costs about a millisecond). Each person has a
 * favourite desk (70 % of them among the same 40 popular desks) and sends it as {@code prefer.deskId}: the platform books it,
 * or at once the best free desk nearby ("book me a desk"). Measured in one run:
 * <ul>
 * <li>closed loop: 64 clients, each booking person after person (first a warm-up rush for another day);</li>
 * <li>the ceiling: the same server's authenticated one-row read ({@code GET /api/v1/me}), same authentication and
 * clients; {@code ratio} = bookings/s ÷ ceiling;</li>
 * <li>open loop: bookings arriving at a fixed rate (200/s for 15 s), each timed from its scheduled send time, so a
 * server that falls behind is seen as late, not as sending fewer requests (no coordinated omission);</li>
 * <li>double bookings counted in SQL afterwards; the availability of a 300-desk floor with 1 and 8 viewers.</li>
 * </ul>
 * The last line is {@code RESULT bookings_per_s=… ceiling_per_s=… ratio=… requests_per_booking=… open_p50_ms=…
 * open_p99_ms=… double_bookings=…}. Every request goes to 127.0.0.1 only.
 */
public final class SeatingRush {

    private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");
    private static final int POPULAR = 40;
    private static final int MAX_ATTEMPTS = 12;

    private final Map<String, String> options;
    // HTTP/1.1: with h2c all 64 clients would share one multiplexed connection and queue on its write lock.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;

    private SeatingRush(Map<String, String> options) {
        this.options = options;
        this.base = options.getOrDefault("url", "http://127.0.0.1:8191");
        if (!URI.create(base).getHost().startsWith("127.") && !URI.create(base).getHost().equals("localhost")) {
            throw new IllegalArgumentException("the bench only talks to loopback: " + base);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new SeatingRush(options).run();
        System.exit(0);
    }

    private int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }

    private void run() throws Exception {
        int staff = option("staff", 3000);
        int clients = option("clients", 64);
        LocalDate tomorrow = LocalDate.now(CITY).plusDays(1);
        System.out.printf("seating rush: %d staff, %d clients, booking %s (DAY) on %s%n", staff, clients, tomorrow, base);

        List<Long> floorIds;
        List<Long> desks;
        List<String> logins;
        try (Connection db = connect()) {
            logins = BenchCity.makeStaff(db, staff);
            floorIds = BenchCity.makeFloors(db);
            desks = BenchCity.desks(db, floorIds);
        }
        List<Long> popular = desks.subList(0, POPULAR);
        System.out.printf("made: %d bench staff, %d floors × %d desks (%d desks)%n", logins.size(), floorIds.size(),
                BenchCity.DESKS_PER_FLOOR, desks.size());

        long t0 = System.nanoTime();
        List<String> signedIn = signIn(logins, clients);
        System.out.printf("signed in %d staff in %.1f s (once each; the rush sends HTTP Basic, which the identity store"
                + " answers from its two-minute memory, else by PBKDF2 at the bench's 1,024 iterations)%n", signedIn.size(),
                (System.nanoTime() - t0) / 1e9);

        // A server has run for hours by 08:30; the same rush for the day after tomorrow warms the JIT first.
        Rush warmUp = rush(logins, clients, tomorrow.plusDays(1), desks, popular);
        System.out.printf("warm-up rush (%s, just-started server): %.0f bookings/s, p50 %.1f ms, p99 %.1f ms%n",
                tomorrow.plusDays(1), warmUp.booked / warmUp.seconds, warmUp.p(50), warmUp.p(99));
        long closedStart = System.currentTimeMillis();
        Rush rush = rush(logins, clients, tomorrow, desks, popular);
        System.out.printf("phase closed-loop epoch-ms %d..%d (for reading a server profile)%n", closedStart,
                System.currentTimeMillis());
        LocalDate openDay = tomorrow.plusDays(2);
        int rate = option("open-rate", 200);
        int openSeconds = option("open-seconds", 15);
        Rush open = openLoop(logins, openDay, desks, popular, rate, openSeconds);
        System.out.printf("after the open loop the server answered promptly again in %.1f s%n", drain(logins.get(0)));
        long doubleDesks;
        long doublePeople;
        long booked;
        try (Connection db = connect(); Statement s = db.createStatement()) {
            doubleDesks = count(s, "SELECT count(*) FROM seating.desk_booking a JOIN seating.desk_booking b"
                    + " ON a.desk_id = b.desk_id AND a.id < b.id AND a.during && b.during"
                    + " WHERE a.status IN ('BOOKED', 'CHECKED_IN') AND b.status IN ('BOOKED', 'CHECKED_IN')");
            doublePeople = count(s, "SELECT count(*) FROM seating.desk_booking a JOIN seating.desk_booking b"
                    + " ON a.login = b.login AND a.id < b.id AND a.during && b.during"
                    + " WHERE a.status IN ('BOOKED', 'CHECKED_IN') AND b.status IN ('BOOKED', 'CHECKED_IN')");
            booked = count(s, "SELECT count(*) FROM seating.desk_booking WHERE login LIKE 'bench%' AND day = '" + tomorrow
                    + "' AND status = 'BOOKED'");
        }
        String floorView = "/api/v1/floors/" + floorIds.get(0) + "/availability?date=" + tomorrow;
        Timing alone = timed(floorView, "\"deskId\"", logins.get(0), 1, 200);
        Timing availability = timed(floorView, "\"deskId\"", logins.get(0), 8, 50);
        timed("/api/v1/me", "\"login\"", logins.get(0), clients, 20);
        Timing ceiling = timed("/api/v1/me", "\"login\"", logins.get(0), clients, 100);
        double perSecond = rush.booked / rush.seconds;
        double ratio = perSecond / ceiling.perSecond();
        double requestsPerBooking = rush.booked == 0 ? 0 : (double) rush.attempts / rush.booked;
        long doubles = doubleDesks + doublePeople;
        System.out.println();
        System.out.println("=== seating rush results ===");
        System.out.printf("closed loop:            %d of %d staff booked in %.2f s (%d rows in the database), %d clients%n",
                rush.booked, logins.size(), rush.seconds, booked, clients);
        System.out.printf("bookings/s:             %.0f   (requests/s %.0f, %.2f requests per booking)%n", perSecond,
                rush.attempts / rush.seconds, requestsPerBooking);
        System.out.printf("latency per request:    p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", rush.p(50), rush.p(99), rush.p(100));
        System.out.printf("refused (409):          %d (nothing free that the rules allow there: retried with a desk of another floor)%n",
                rush.refused);
        System.out.printf("errors:                 %d closed, %d open%n", rush.errors, open.errors);
        System.out.printf("open loop:              %d bookings arriving at %d/s for %d s (%s): %d booked in %.2f s;"
                + " from scheduled send time p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", open.latencies.size(), rate,
                openSeconds, openDay, open.booked, open.seconds, open.p(50), open.p(99), open.p(100));
        System.out.printf("double bookings found:  %d desk overlaps, %d person overlaps%n", doubleDesks, doublePeople);
        System.out.printf("availability, 300 desks: p50 %.1f ms, p95 %.1f ms (%d requests from 1 client, one after another)%n",
                alone.p50(), alone.p95(), alone.count());
        System.out.printf("                         p50 %.1f ms, p95 %.1f ms (%d requests from 8 clients at once)%n",
                availability.p50(), availability.p95(), availability.count());
        System.out.printf("ceiling:                %.0f authenticated one-row reads/s (GET /api/v1/me, %d clients, HTTP Basic"
                + " as the bookings)%n", ceiling.perSecond(), clients);
        System.out.printf("targets:                ratio >=0.5 %s, open p99 <150 ms %s, availability p95 <50 ms with 8 viewers %s,"
                + " 0 double bookings %s%n", ratio >= 0.5 ? "met" : "MISSED", open.p(99) < 150 ? "met" : "MISSED",
                availability.p95() < 50 ? "met" : "MISSED", doubles == 0 ? "met" : "MISSED");
        System.out.printf(java.util.Locale.ROOT, "RESULT bookings_per_s=%.0f ceiling_per_s=%.0f ratio=%.2f requests_per_booking=%.2f"
                        + " open_p50_ms=%.1f open_p99_ms=%.1f double_bookings=%d availability_p95_8_ms=%.1f%n",
                perSecond, ceiling.perSecond(), ratio, requestsPerBooking, open.p(50), open.p(99), doubles, availability.p95());
    }

    // ---- the database ----

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", options.getOrDefault("db-user", "shokuba"));
        return DriverManager.getConnection(options.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/shokuba_bench"), p);
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- HTTP ----

    private HttpRequest.Builder request(String path, String login) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    /** One sign-in per person, the one PBKDF2 check; the people signed in. */
    private List<String> signIn(List<String> logins, int clients) throws InterruptedException {
        List<String> signedIn = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (String login : logins) {
            pool.submit(() -> {
                try {
                    HttpResponse<String> r = http.send(request("/api/v1/me", login).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        signedIn.add(login);
                    } else {
                        System.err.println("sign-in refused for " + login + ": " + r.statusCode());
                    }
                } catch (IOException | InterruptedException e) {
                    System.err.println("sign-in failed for " + login + ": " + e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return signedIn;
    }

    /** What the rush measured. */
    private static final class Rush {
        final List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger bookedCount = new AtomicInteger();
        final AtomicInteger refusedCount = new AtomicInteger();
        final AtomicInteger errorCount = new AtomicInteger();
        int booked;
        int refused;
        int errors;
        int attempts;
        double seconds;
        private double[] sorted;

        double p(int percentile) {
            if (sorted == null) {
                sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            }
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
        }
    }

    private Rush rush(List<String> logins, int clients, LocalDate day, List<Long> desks,
                      List<Long> popular) throws InterruptedException {
        Rush rush = new Rush();
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(logins);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                start.await();
                for (String login = queue.poll(); login != null; login = queue.poll()) {
                    book(login, day, desks, popular, rush);
                }
                return null;
            });
        }
        long t0 = System.nanoTime();
        start.countDown();
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        rush.seconds = (System.nanoTime() - t0) / 1e9;
        rush.booked = rush.bookedCount.get();
        rush.refused = rush.refusedCount.get();
        rush.errors = rush.errorCount.get();
        rush.attempts = rush.latencies.size();
        return rush;
    }

    private static long favourite(List<Long> desks, List<Long> popular) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return random.nextInt(100) < 70 ? popular.get(random.nextInt(popular.size())) : desks.get(random.nextInt(desks.size()));
    }

    private HttpRequest booking(String login, LocalDate day, long desk) {
        String body = "{\"date\":\"" + day + "\",\"slot\":\"DAY\",\"prefer\":{\"deskId\":" + desk + "}}";
        return request("/api/v1/bookings", login).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** What to do after an answer: 0 booked, -1 give up, else the desk to prefer next (one of another floor). */
    private static long next(HttpResponse<String> reply, Rush rush, String login, List<Long> desks) {
        if (reply.statusCode() == 201) {
            rush.bookedCount.incrementAndGet();
            return 0;
        }
        if (reply.statusCode() != 409) {
            if (rush.errorCount.incrementAndGet() < 4) {
                System.err.println("unexpected " + reply.statusCode() + " for " + login
                        + ": " + reply.body().substring(0, Math.min(200, reply.body().length())).replace('\n', ' '));
            }
            return -1;
        }
        rush.refusedCount.incrementAndGet();
        JsonArray nearest = Json.createReader(new StringReader(reply.body())).readObject().getJsonArray("nearestFreeDesks");
        if (nearest == null) {
            return -1;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return nearest.isEmpty() ? desks.get(random.nextInt(desks.size()))
                : nearest.getJsonObject(random.nextInt(nearest.size())).getJsonNumber("deskId").longValue();
    }

    private void book(String login, LocalDate day, List<Long> desks, List<Long> popular, Rush rush) {
        long desk = favourite(desks, popular);
        for (int attempt = 0; attempt < MAX_ATTEMPTS && desk > 0; attempt++) {
            long t0 = System.nanoTime();
            HttpResponse<String> reply;
            try {
                reply = http.send(booking(login, day, desk), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                rush.errorCount.incrementAndGet();
                return;
            }
            rush.latencies.add((System.nanoTime() - t0) / 1e6);
            desk = next(reply, rush, login, desks);
        }
    }

    /**
     * Open loop: person i's booking is due at start + i / rate and is sent then, whatever the answers before it;
     * its latency runs from that scheduled moment to its final answer (a retry after a 409 included).
     */
    private Rush openLoop(List<String> logins, LocalDate day, List<Long> desks, List<Long> popular, int rate, int seconds)
            throws InterruptedException {
        Rush open = new Rush();
        int n = Math.min(logins.size(), rate * seconds);
        long period = 1_000_000_000L / rate;
        CountDownLatch done = new CountDownLatch(n);
        long start = System.nanoTime() + 20_000_000L;
        for (int i = 0; i < n; i++) {
            long scheduled = start + i * period;
            for (long wait = scheduled - System.nanoTime(); wait > 0; wait = scheduled - System.nanoTime()) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            sendOpen(logins.get(i), day, favourite(desks, popular), 0, scheduled, desks, open, done);
        }
        done.await(5, TimeUnit.MINUTES);
        open.seconds = (System.nanoTime() - start) / 1e9;
        open.booked = open.bookedCount.get();
        open.refused = open.refusedCount.get();
        open.errors = open.errorCount.get();
        open.attempts = open.latencies.size();
        return open;
    }

    private void sendOpen(String login, LocalDate day, long desk, int attempt, long scheduled, List<Long> desks, Rush open,
                          CountDownLatch done) {
        http.sendAsync(booking(login, day, desk), HttpResponse.BodyHandlers.ofString()).whenComplete((reply, failed) -> {
            long nextDesk = failed != null ? -1 : next(reply, open, login, desks);
            if (failed != null) {
                open.errorCount.incrementAndGet();
            }
            if (nextDesk > 0 && attempt + 1 < MAX_ATTEMPTS) {
                sendOpen(login, day, nextDesk, attempt + 1, scheduled, desks, open, done);
                return;
            }
            open.latencies.add((System.nanoTime() - scheduled) / 1e6);
            done.countDown();
        });
    }

    /**
     * Waits (at most three minutes) until the server has worked off what an overloaded phase left queued: three
     * reads in a row answered within 200 ms, so that the next phase measures itself, not the backlog. The seconds.
     */
    private double drain(String login) throws InterruptedException {
        long t0 = System.nanoTime();
        int prompt = 0;
        while (prompt < 3 && System.nanoTime() - t0 < 180_000_000_000L) {
            long sent = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(request("/api/v1/me", login).GET().build(), HttpResponse.BodyHandlers.ofString());
                prompt = r.statusCode() == 200 && System.nanoTime() - sent < 200_000_000L ? prompt + 1 : 0;
            } catch (IOException e) {
                prompt = 0;
            }
            Thread.sleep(200);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Calls timed: {@code clients} clients × {@code each} GETs of {@code path} that must answer 200 with {@code expected}. */
    private Timing timed(String path, String expected, String login, int clients, int each) throws InterruptedException {
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    long sent = System.nanoTime();
                    HttpResponse<String> r = http.send(request(path, login).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains(expected)) {
                        times.add((System.nanoTime() - sent) / 1e6);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            // nothing answered: no figure, and no target can be met by it
            return new Timing(Double.NaN, Double.NaN, 0, 0);
        }
        return new Timing(sorted[sorted.length / 2], sorted[(int) Math.ceil(0.95 * sorted.length) - 1], sorted.length,
                sorted.length / seconds);
    }

    /** Median and 95th percentile in milliseconds, how many calls answered, and calls per second. */
    private record Timing(double p50, double p95, int count, double perSecond) {
    }

}
