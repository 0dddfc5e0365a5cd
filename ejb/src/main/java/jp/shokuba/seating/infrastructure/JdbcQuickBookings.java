package jp.shokuba.seating.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.shokuba.platform.DatabaseMigration;
import jp.shokuba.seating.domain.BookingContext;
import jp.shokuba.seating.domain.DeskChoice;
import jp.shokuba.seating.domain.DeskFacts;
import jp.shokuba.seating.domain.DeskFeature;
import jp.shokuba.seating.domain.PersonFacts;
import jp.shokuba.seating.domain.Plan;
import jp.shokuba.seating.domain.QuickBookings;
import jp.shokuba.seating.domain.Slot;

/**
 * The booking hot path in plain JDBC inside the caller's transaction: the whole decision's facts come back as one
 * JSON row of one statement, and the insert relies on the exclusion constraints ({@code ON CONFLICT DO NOTHING}:
 * a refused row is "no id", and the transaction stays usable to try the next desk).
 */
@ApplicationScoped
public class JdbcQuickBookings implements QuickBookings {

    private static final String LIVE = "IN ('BOOKED', 'CHECKED_IN')";

    /**
     * Parameters: login, day, preferred desk, preferred zone, near team, strict (a given desk only), candidates,
     * elsewhere. The floors the preference points to: the asked desk's, else the asked zone's, else where the team
     * sits that day, else the team's neighbourhoods', else all; "elsewhere" turns that round to every other floor
     * (where to go when those are full), ranked by the distance to the asked desk's place on the plan. The floors'
     * shared advisory locks (the same keys as JpaBookings.tryBook) are taken here, a statement before the insert, so
     * that the insert's snapshot sees a block that won the lock. Where the team sits is only read when it counts (no
     * desk asked for, or near the team): with a desk asked for it would cost a read of every teammate's booking.
     */
    private static final String GATHER = """
            WITH RECURSIVE
            p AS (SELECT CAST(? AS varchar) AS login, CAST(? AS date) AS day, CAST(? AS bigint) AS desk_id,
                         CAST(? AS bigint) AS zone_id, CAST(? AS boolean) AS near_team, CAST(? AS boolean) AS strict,
                         CAST(? AS integer) AS n, CAST(? AS boolean) AS elsewhere),
            me AS (SELECT s.id, s.unit_id, u.code, u.kind FROM directory.staff s
                   JOIN directory.organization_unit u ON u.id = s.unit_id, p WHERE s.login = p.login),
            up AS (SELECT u.id, u.code, u.kind, u.parent_id, 0 AS depth FROM directory.organization_unit u
                   JOIN me ON u.id = me.unit_id
                   UNION ALL SELECT o.id, o.code, o.kind, o.parent_id, up.depth + 1 FROM directory.organization_unit o
                   JOIN up ON o.id = up.parent_id),
            codes AS (SELECT coalesce((SELECT code FROM me WHERE kind = 'TEAM'), '') AS team,
                             coalesce((SELECT code FROM up WHERE kind IN ('DEPARTMENT', 'OFFICE') ORDER BY depth LIMIT 1),
                                      (SELECT code FROM up WHERE parent_id IS NULL), '') AS dept),
            need AS (SELECT coalesce((SELECT x.accessibility_need FROM seating.person x, p WHERE x.login = p.login), false) AS v),
            asked AS (SELECT d.id, d.label, d.floor_id, d.x, d.y, d.accessible_reserved, z.name AS zname, d.zone_id,
                             (SELECT string_agg(t.unit_code, ',') FROM seating.zone_team t WHERE t.zone_id = d.zone_id) AS teams,
                             d.dual_monitor, d.standing, d.accessible, d.quiet, d.near_window
                      FROM seating.desk d LEFT JOIN seating.zone z ON z.id = d.zone_id, p WHERE d.id = p.desk_id AND d.active),
            team AS (SELECT t.* FROM p CROSS JOIN LATERAL (SELECT d.floor_id, d.x, d.y FROM me
                     JOIN directory.staff s ON s.unit_id = me.unit_id AND s.active
                     JOIN seating.desk_booking b ON b.login = s.login JOIN seating.desk d ON d.id = b.desk_id
                     WHERE NOT p.strict AND (p.desk_id IS NULL OR p.near_team)
                     AND b.login <> p.login AND b.day = p.day AND b.status %1$s AND b.slot IN (%2$s)
                     AND NOT EXISTS (SELECT 1 FROM seating.person h WHERE h.login = s.login AND h.hidden)) t),
            pointed AS (SELECT f.id FROM seating.floor f, p WHERE CASE
                         WHEN p.desk_id IS NOT NULL THEN f.id IN (SELECT floor_id FROM asked)
                         WHEN p.zone_id IS NOT NULL THEN f.id IN (SELECT z.floor_id FROM seating.zone z WHERE z.id = p.zone_id)
                         WHEN EXISTS (SELECT 1 FROM team) THEN f.id IN (SELECT floor_id FROM team)
                         WHEN EXISTS (SELECT 1 FROM seating.zone_team t, codes WHERE t.unit_code IN (codes.team, codes.dept))
                           THEN f.id IN (SELECT z.floor_id FROM seating.zone z JOIN seating.zone_team t ON t.zone_id = z.id, codes
                                         WHERE t.unit_code IN (codes.team, codes.dept))
                         ELSE true END),
            floors AS (SELECT f.id FROM seating.floor f, p WHERE (f.id IN (SELECT id FROM pointed)) <> p.elsewhere),
            locks AS MATERIALIZED (SELECT CAST(pg_advisory_xact_lock_shared(21317, f.id::int) AS text) AS l FROM floors f),
            taken AS (SELECT b.desk_id FROM floors f JOIN seating.desk d ON d.floor_id = f.id
                      JOIN seating.desk_booking b ON b.desk_id = d.id, p
                      WHERE b.day = p.day AND b.status %1$s AND b.slot IN (%2$s)),
            zt AS (SELECT zone_id, string_agg(unit_code, ',') AS teams,
                          bool_or(unit_code IN ((SELECT team FROM codes), (SELECT dept FROM codes))) AS own
                   FROM seating.zone_team GROUP BY zone_id),
            cand AS (SELECT d.id, d.label, d.floor_id, d.x, d.y, d.accessible_reserved, z.name AS zname, d.zone_id, zt.teams,
                            d.dual_monitor, d.standing, d.accessible, d.quiet, d.near_window
                     FROM floors f CROSS JOIN LATERAL (SELECT * FROM seating.desk x WHERE x.floor_id = f.id) d
                     LEFT JOIN seating.zone z ON z.id = d.zone_id
                     LEFT JOIN zt ON zt.zone_id = d.zone_id LEFT JOIN asked a ON true, p, need
                     WHERE p.n > 0 AND d.active AND d.id NOT IN (SELECT desk_id FROM taken)
                     AND (p.strict OR NOT need.v OR d.accessible OR d.accessible_reserved)
                     AND (need.v OR NOT d.accessible_reserved)
                     AND NOT EXISTS (SELECT 1 FROM seating.floor_block k WHERE k.floor_id = d.floor_id
                                     AND p.day BETWEEN k.first_day AND k.last_day)
                     ORDER BY CASE WHEN p.strict THEN 0 ELSE
                                (CASE WHEN d.id = a.id THEN 0 ELSE 1 END) * 8
                                + (CASE WHEN d.zone_id = p.zone_id THEN 0 ELSE 1 END) * 4
                                + (CASE WHEN zt.own THEN 0 WHEN zt.teams IS NULL THEN 1 ELSE 2 END) END,
                              CASE WHEN a.id IS NOT NULL AND a.floor_id = d.floor_id AND (p.strict OR NOT p.near_team
                                     OR NOT EXISTS (SELECT 1 FROM team t WHERE t.floor_id = d.floor_id))
                                   THEN (d.x - a.x) ^ 2 + (d.y - a.y) ^ 2
                                   ELSE coalesce((SELECT min((d.x - t.x) ^ 2 + (d.y - t.y) ^ 2) FROM team t
                                                  WHERE t.floor_id = d.floor_id),
                                                 1e12 + (d.x - a.x) ^ 2 + (d.y - a.y) ^ 2, 1e18) END,
                              d.label
                     LIMIT (SELECT n FROM p))
            SELECT json_build_object(
              'known', EXISTS (SELECT 1 FROM me),
              'team', (SELECT team FROM codes), 'dept', (SELECT dept FROM codes), 'need', (SELECT v FROM need),
              'absent', EXISTS (SELECT 1 FROM directory.absence x, me, p WHERE x.staff_id = me.id
                                AND p.day BETWEEN x.first_day AND x.last_day),
              'mine', (SELECT d.label || ' ' || b.slot FROM seating.desk_booking b JOIN seating.desk d ON d.id = b.desk_id, p
                       WHERE b.login = p.login AND b.day = p.day AND b.status %1$s AND b.slot IN (%2$s) LIMIT 1),
              'locker', (SELECT lf.name || ' ' || l.label FROM seating.locker l JOIN seating.floor lf ON lf.id = l.floor_id, p
                         WHERE l.holder_login = p.login),
              'asked', (SELECT json_build_array(id, label, floor_id, x, y, accessible_reserved, zname, zone_id, teams,
                               dual_monitor, standing, accessible, quiet, near_window) FROM asked),
              'block', (SELECT json_build_array(f.name, k.reason) FROM seating.floor_block k JOIN seating.floor f
                        ON f.id = k.floor_id JOIN asked a ON a.floor_id = k.floor_id, p
                        WHERE p.day BETWEEN k.first_day AND k.last_day LIMIT 1),
              'teamAt', (SELECT json_agg(json_build_array(t.floor_id, t.x, t.y)) FROM team t, p
                         WHERE NOT p.strict AND (p.desk_id IS NULL OR p.near_team)),
              'locked', (SELECT count(l) FROM locks),
              'floors', (SELECT json_agg(id) FROM floors),
              'candidates', (SELECT json_agg(json_build_array(id, label, floor_id, x, y, accessible_reserved, zname, zone_id,
                                    teams, dual_monitor, standing, accessible, quiet, near_window)) FROM cand),
              'places', (SELECT json_agg(json_build_array(f.id, f.name, g.name)) FROM seating.floor f
                         JOIN seating.building g ON g.id = f.building_id
                         WHERE f.id IN (SELECT floor_id FROM cand UNION SELECT floor_id FROM asked)))
            """;

    private static final String INSERT = "INSERT INTO seating.desk_booking (desk_id, login, day, slot)"
            + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM seating.floor_block k WHERE k.floor_id = ?"
            + " AND ? BETWEEN k.first_day AND k.last_day) ON CONFLICT DO NOTHING RETURNING id";

    private static final Map<Slot, String> GATHER_BY_SLOT = new java.util.EnumMap<>(Slot.class);

    static {
        for (Slot slot : Slot.values()) {
            String overlapping = Arrays.stream(Slot.values()).filter(slot::overlaps).map(s -> "'" + s.name() + "'")
                    .collect(Collectors.joining(", "));
            GATHER_BY_SLOT.put(slot, GATHER.formatted(LIVE, overlapping));
        }
    }

    /** The median distance from a desk to its nearest neighbour: measured once per floor and kept ten minutes. */
    private static final String PITCH = "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY nn) FROM (SELECT"
            + " (SELECT min(sqrt((o.x - d.x) ^ 2 + (o.y - d.y) ^ 2)) FROM seating.desk o WHERE o.floor_id = d.floor_id"
            + " AND o.id <> d.id AND o.active) AS nn FROM seating.desk d WHERE d.floor_id = ? AND d.active) q";
    private static final long PITCH_KEPT_NANOS = 600_000_000_000L;

    private final Map<Long, Pitch> pitches = new java.util.concurrent.ConcurrentHashMap<>();

    /** Looked up once: {@code Json.createReader} searches the class path for a provider on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Override
    public BookingContext gather(String login, LocalDate day, Slot slot, DeskChoice.Preference preference, int candidates) {
        return gather(login, day, slot, preference, candidates, false);
    }

    @Override
    public BookingContext gatherElsewhere(String login, LocalDate day, Slot slot, DeskChoice.Preference preference,
                                          int candidates) {
        return gather(login, day, slot, preference, candidates, true);
    }

    private BookingContext gather(String login, LocalDate day, Slot slot, DeskChoice.Preference preference, int candidates,
                                  boolean elsewhere) {
        String json;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(GATHER_BY_SLOT.get(slot))) {
            s.setString(1, login);
            s.setObject(2, day);
            setLong(s, 3, preference.deskId());
            setLong(s, 4, preference.zoneId());
            s.setBoolean(5, preference.nearTeam());
            s.setBoolean(6, candidates == 0);
            s.setInt(7, candidates);
            s.setBoolean(8, elsewhere);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                json = rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read what a booking needs", e);
        }
        return context(login, json);
    }

    @Override
    public Optional<Long> insert(long deskId, long floorId, String login, LocalDate day, Slot slot) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setLong(1, deskId);
            s.setString(2, login);
            s.setObject(3, day);
            s.setString(4, slot.name());
            s.setLong(5, floorId);
            s.setObject(6, day);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert a desk booking", e);
        }
    }

    @Override
    public double pitch(long floorId) {
        Pitch known = pitches.get(floorId);
        if (known != null && known.until() > System.nanoTime()) {
            return known.value();
        }
        double value = 100;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(PITCH)) {
            s.setLong(1, floorId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null && rs.getDouble(1) > 0) {
                    value = rs.getDouble(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot measure the desk spacing", e);
        }
        pitches.put(floorId, new Pitch(value, System.nanoTime() + PITCH_KEPT_NANOS));
        return value;
    }

    private record Pitch(double value, long until) {
    }

    private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    static BookingContext context(String login, String json) {
        JsonObject o;
        try (JsonReader r = JSON.createReader(new StringReader(json))) {
            o = r.readObject();
        }
        PersonFacts person = new PersonFacts(login, o.getString("team", ""), o.getString("dept", ""), o.getBoolean("need", false),
                o.getBoolean("absent", false));
        List<Plan.Point> team = new ArrayList<>();
        for (JsonValue v : array(o, "teamAt")) {
            JsonArray a = v.asJsonArray();
            team.add(new Plan.Point(a.getJsonNumber(0).longValue(), a.getInt(1), a.getInt(2)));
        }
        List<DeskChoice.Candidate> candidates = new ArrayList<>();
        for (JsonValue v : array(o, "candidates")) {
            candidates.add(candidate(v.asJsonArray()));
        }
        Map<Long, BookingContext.FloorName> places = new HashMap<>();
        for (JsonValue v : array(o, "places")) {
            JsonArray a = v.asJsonArray();
            places.put(a.getJsonNumber(0).longValue(), new BookingContext.FloorName(a.getString(1), a.getString(2)));
        }
        Optional<String[]> block = o.isNull("block") ? Optional.empty()
                : Optional.of(new String[] {o.getJsonArray("block").getString(0), o.getJsonArray("block").getString(1)});
        return new BookingContext(o.getBoolean("known"), person, text(o, "mine"), text(o, "locker").orElse(""),
                o.isNull("asked") ? Optional.empty() : Optional.of(candidate(o.getJsonArray("asked"))), block, team,
                candidates, array(o, "floors").stream().map(v -> ((jakarta.json.JsonNumber) v).longValue())
                .collect(Collectors.toSet()), places);
    }

    private static List<JsonValue> array(JsonObject o, String name) {
        return o.isNull(name) ? List.of() : o.getJsonArray(name);
    }

    private static Optional<String> text(JsonObject o, String name) {
        return o.isNull(name) ? Optional.empty() : Optional.of(o.getString(name));
    }

    private static DeskChoice.Candidate candidate(JsonArray a) {
        Set<String> teams = a.isNull(8) ? Set.of() : Set.of(a.getString(8).split(","));
        DeskFacts facts = new DeskFacts(a.getJsonNumber(0).longValue(), a.getString(1), a.getJsonNumber(2).longValue(),
                a.getInt(3), a.getInt(4), a.getBoolean(5), a.isNull(6) ? "" : a.getString(6), teams);
        Set<DeskFeature> features = EnumSet.noneOf(DeskFeature.class);
        DeskFeature[] all = DeskFeature.values();
        for (int i = 0; i < all.length; i++) {
            if (a.getBoolean(9 + i)) {
                features.add(all[i]);
            }
        }
        return new DeskChoice.Candidate(facts, a.isNull(7) ? null : a.getJsonNumber(7).longValue(), features);
    }
}
