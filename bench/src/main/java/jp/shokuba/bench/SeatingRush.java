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
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The morning rush, driven from loopback: 3,000 staff (made for the bench) each sign in once (the one PBKDF2
 * check; the identity store then remembers the verified password for two minutes, so the rush's HTTP Basic costs
 * no PBKDF2). They book the day after tomorrow first, to warm the server up as hours of use would have by 08:30,
 * then all book a desk for tomorrow at once from 64 clients, 70 % of them aiming first at the same popular zone:
 * the measured rush. A refused attempt (409) takes a nearest free desk named in the problem body, as a person
 * would. Afterwards the database is searched for double bookings, a 300-desk floor's availability is timed, an
 * authenticated read of one row ({@code GET /api/v1/me}) is timed under the same 64 clients as the server's
 * ceiling, and pgbench measures plain single-row INSERT transactions on the same PostgreSQL as the
 * baseline. Every request goes to 127.0.0.1 only.
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

        // The baseline first, while the application holds few connections: PostgreSQL's slots are shared.
        int pgbenchClients = option("pgbench-clients", 16);
        double baseline = pgbench(pgbenchClients);
        if (Double.isNaN(baseline) && pgbenchClients > 4) {
            pgbenchClients = 4;
            baseline = pgbench(pgbenchClients);
        }

        long t0 = System.nanoTime();
        List<String> signedIn = signIn(logins, clients);
        System.out.printf("signed in %d staff in %.1f s (once each; the rush sends HTTP Basic, which the identity store"
                + " answers from its two-minute memory, without PBKDF2)%n", signedIn.size(), (System.nanoTime() - t0) / 1e9);

        // A server has run for hours by 08:30; the same rush for the day after tomorrow warms the JIT first.
        Rush warmUp = rush(logins, clients, tomorrow.plusDays(1), desks, popular);
        System.out.printf("warm-up rush (%s, just-started server): %.0f bookings/s, p50 %.1f ms, p99 %.1f ms%n",
                tomorrow.plusDays(1), warmUp.booked / warmUp.seconds, warmUp.p(50), warmUp.p(99));
        Rush rush = rush(logins, clients, tomorrow, desks, popular);
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
        System.out.println();
        System.out.println("=== seating rush results ===");
        System.out.printf("bookings:               %d of %d staff booked in %.2f s (%d rows in the database)%n",
                rush.booked, logins.size(), rush.seconds, booked);
        System.out.printf("bookings/s:             %.0f   (booking attempts/s %.0f)%n", perSecond,
                rush.attempts / rush.seconds);
        System.out.printf("latency per attempt:    p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", rush.p(50), rush.p(99), rush.p(100));
        System.out.printf("refused attempts (409): %d (each answered with the nearest free desks)%n", rush.refused);
        System.out.printf("errors:                 %d%n", rush.errors);
        System.out.printf("double bookings found:  %d desk overlaps, %d person overlaps%n", doubleDesks, doublePeople);
        System.out.printf("availability, 300 desks: p50 %.1f ms, p95 %.1f ms (%d requests from 1 client, one after another)%n",
                alone.p50(), alone.p95(), alone.count());
        System.out.printf("                         p50 %.1f ms, p95 %.1f ms (%d requests from 8 clients at once)%n",
                availability.p50(), availability.p95(), availability.count());
        System.out.printf("ceiling:                %.0f authenticated one-row reads/s (GET /api/v1/me, %d clients):"
                + " the most attempts/s this server could answer%n", ceiling.perSecond(), clients);
        System.out.printf("pgbench baseline:       %.0f single-row INSERT transactions/s (%d clients)%n", baseline, pgbenchClients);
        System.out.printf("ratio:                  bookings/s ÷ baseline = %.4f%n", perSecond / baseline);
        System.out.printf("targets:                ≥500 bookings/s %s, p99 <200 ms %s, availability p95 <50 ms %s (1 client) / %s (8 clients), 0 double bookings %s%n",
                perSecond >= 500 ? "met" : "MISSED", rush.p(99) < 200 ? "met" : "MISSED", alone.p95() < 50 ? "met" : "MISSED",
                availability.p95() < 50 ? "met" : "MISSED",
                doubleDesks + doublePeople == 0 ? "met" : "MISSED");
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

    private void book(String login, LocalDate day, List<Long> desks, List<Long> popular, Rush rush) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long desk = random.nextInt(100) < 70 ? popular.get(random.nextInt(popular.size())) : desks.get(random.nextInt(desks.size()));
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String body = "{\"deskId\":" + desk + ",\"date\":\"" + day + "\",\"slot\":\"DAY\"}";
            HttpRequest.Builder r = request("/api/v1/bookings", login).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            long t0 = System.nanoTime();
            HttpResponse<String> reply;
            try {
                reply = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                rush.errorCount.incrementAndGet();
                return;
            }
            rush.latencies.add((System.nanoTime() - t0) / 1e6);
            if (reply.statusCode() == 201) {
                rush.bookedCount.incrementAndGet();
                return;
            }
            if (reply.statusCode() != 409) {
                rush.errorCount.incrementAndGet();
                if (rush.errorCount.get() < 4) {
                    System.err.println("unexpected " + reply.statusCode() + " for " + login
                            + ": " + reply.body().substring(0, Math.min(200, reply.body().length())).replace('\n', ' '));
                }
                return;
            }
            rush.refusedCount.incrementAndGet();
            JsonObject problem = Json.createReader(new StringReader(reply.body())).readObject();
            JsonArray nearest = problem.getJsonArray("nearestFreeDesks");
            if (nearest == null) {
                return;
            }
            desk = nearest.isEmpty() ? desks.get(random.nextInt(desks.size()))
                    : nearest.getJsonObject(random.nextInt(nearest.size())).getJsonNumber("deskId").longValue();
        }
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
            return new Timing(0, 0, 0, 0);
        }
        return new Timing(sorted[sorted.length / 2], sorted[(int) Math.ceil(0.95 * sorted.length) - 1], sorted.length,
                sorted.length / seconds);
    }

    /** Median and 95th percentile in milliseconds, how many calls answered, and calls per second. */
    private record Timing(double p50, double p95, int count, double perSecond) {
    }

    /** pgbench with a custom script of one single-row INSERT per transaction, on the same PostgreSQL. */
    private double pgbench(int clients) throws IOException, InterruptedException, SQLException {
        try (Connection db = connect(); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS public.bench_insert (id bigserial PRIMARY KEY, desk_id bigint NOT NULL,"
                    + " login varchar(64) NOT NULL, day date NOT NULL, created_at timestamptz NOT NULL DEFAULT now())");
            s.execute("TRUNCATE public.bench_insert");
        }
        Path script = Files.createTempFile("shokuba-insert", ".sql");
        Files.writeString(script, "\\set d random(1, 100000)\n"
                + "INSERT INTO public.bench_insert (desk_id, login, day) VALUES (:d, 'bench' || :d, current_date + 1);\n");
        Process p = new ProcessBuilder("pgbench", "-n", "-c", Integer.toString(clients), "-j", "2", "-T",
                options.getOrDefault("pgbench-seconds", "10"), "-f", script.toString(),
                "-h", options.getOrDefault("pg-host", "127.0.0.1"), "-p", options.getOrDefault("pg-port", "5432"),
                "-U", options.getOrDefault("db-user", "shokuba"), options.getOrDefault("db-name", "shokuba_bench"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.deleteIfExists(script);
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!m.find()) {
            System.err.println(out);
            return Double.NaN;
        }
        return Double.parseDouble(m.group(1));
    }
}
