package jp.shokuba.seating.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.shokuba.seating.application.BookingReads;
import jp.shokuba.seating.application.BookingSummary;
import jp.shokuba.seating.domain.BookingStatus;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.DeskBooking;
import jp.shokuba.seating.domain.DeskFacts;
import jp.shokuba.seating.domain.DeskFeature;
import jp.shokuba.seating.domain.DeskState;
import jp.shokuba.seating.domain.RoomBooking;
import jp.shokuba.seating.domain.Slot;

/**
 * Bookings in PostgreSQL. Overlaps are refused by the exclusion constraints of {@code seating.desk_booking}
 * and {@code seating.room_booking}; {@code ON CONFLICT DO NOTHING} turns a refusal into "no row" instead of an
 * error that would doom the transaction.
 */
@ApplicationScoped
public class JpaBookings implements Bookings, BookingReads {

    private static final String LIVE = "status IN ('BOOKED', 'CHECKED_IN')";
    /** The first key of the advisory locks that keep bookings and floor blocks apart; the second is the floor id. */
    private static final int FLOOR_LOCKS = 0x5345;

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Long> tryBook(long deskId, String login, LocalDate day, Slot slot, Long seriesId, Long teamDayId) {
        // The shared floor lock first: a block being added waits for this booking, or this booking for the block,
        // and then the insert's own snapshot sees the block.
        em.createNativeQuery("SELECT pg_advisory_xact_lock_shared(" + FLOOR_LOCKS + ", floor_id::int) FROM seating.desk"
                + " WHERE id = ?").setParameter(1, deskId).getResultList();
        List<?> id = em.createNativeQuery("INSERT INTO seating.desk_booking (desk_id, login, day, slot, series_id, team_day_id)"
                        + " SELECT ?, ?, ?, ?, CAST(? AS bigint), CAST(? AS bigint) WHERE NOT EXISTS (SELECT 1"
                        + " FROM seating.floor_block k JOIN seating.desk d ON d.floor_id = k.floor_id"
                        + " WHERE d.id = ? AND ? BETWEEN k.first_day AND k.last_day)"
                        + " ON CONFLICT DO NOTHING RETURNING id")
                .setParameter(1, deskId).setParameter(2, login).setParameter(3, day).setParameter(4, slot.name())
                .setParameter(5, seriesId).setParameter(6, teamDayId).setParameter(7, deskId).setParameter(8, day)
                .getResultList();
        return id.stream().map(n -> ((Number) n).longValue()).findFirst();
    }

    @Override
    public void holdBookingsOnFloor(long floorId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + FLOOR_LOCKS + ", CAST(? AS int))").setParameter(1, floorId)
                .getResultList();
    }

    @Override
    public Optional<DeskBooking> byId(long id) {
        return Optional.ofNullable(em.find(DeskBooking.class, id));
    }

    @Override
    public boolean save(DeskBooking booking) {
        try {
            em.flush();
            return true;
        } catch (jakarta.persistence.OptimisticLockException changedMeanwhile) {
            return false;
        }
    }

    @Override
    public Optional<BookingSummary> summary(long id) {
        List<?> rows = em.createNativeQuery("SELECT b.id, d.id, d.label, f.id, f.name, g.name, b.day, b.slot, b.status,"
                        + " b.checked_in_at, b.team_day_id, d.x, d.y,"
                        + " (SELECT lf.name || ' ' || l.label FROM seating.locker l JOIN seating.floor lf ON lf.id = l.floor_id"
                        + " WHERE l.holder_login = b.login)"
                        + " FROM seating.desk_booking b JOIN seating.desk d ON d.id = b.desk_id JOIN seating.floor f ON f.id = d.floor_id"
                        + " JOIN seating.building g ON g.id = f.building_id WHERE b.id = ?")
                .setParameter(1, id).getResultList();
        return rows.stream().map(o -> {
            Object[] r = (Object[]) o;
            Object checkedIn = r[9];
            Instant in = checkedIn == null ? null : checkedIn instanceof java.sql.Timestamp t ? t.toInstant()
                    : checkedIn instanceof java.time.OffsetDateTime odt ? odt.toInstant() : null;
            LocalDate day = r[6] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[6];
            return new BookingSummary(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    ((Number) r[3]).longValue(), (String) r[4], (String) r[5], day, (String) r[7], (String) r[8], in,
                    r[10] != null, r[13] == null ? "" : (String) r[13], ((Number) r[11]).intValue(), ((Number) r[12]).intValue());
        }).findFirst();
    }

    @Override
    public Optional<DeskBooking> liveOf(String login, LocalDate day, Slot slot) {
        return nativeBookings("SELECT * FROM seating.desk_booking WHERE login = ? AND day = ? AND " + LIVE
                + " AND slot IN (" + overlapping(slot) + ") LIMIT 1", login, day).stream().findFirst();
    }

    @Override
    public Optional<DeskBooking> liveOfDesk(long deskId, LocalDate day, Slot slot) {
        return nativeBookings("SELECT * FROM seating.desk_booking WHERE desk_id = ? AND day = ? AND " + LIVE
                + " AND slot IN (" + overlapping(slot) + ") LIMIT 1", deskId, day).stream().findFirst();
    }

    @Override
    public List<DeskBooking> liveOn(String login, LocalDate day) {
        return em.createQuery("SELECT b FROM DeskBooking b WHERE b.login = :l AND b.day = :d AND b.status IN :live"
                        + " ORDER BY b.slot", DeskBooking.class)
                .setParameter("l", login).setParameter("d", day).setParameter("live", List.of(BookingStatus.BOOKED,
                        BookingStatus.CHECKED_IN)).getResultList();
    }

    @Override
    public List<DeskBooking> liveOf(Collection<String> logins, LocalDate day) {
        if (logins.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM DeskBooking b WHERE b.login IN :l AND b.day = :d AND b.status IN :live",
                        DeskBooking.class)
                .setParameter("l", logins).setParameter("d", day).setParameter("live", List.of(BookingStatus.BOOKED,
                        BookingStatus.CHECKED_IN)).getResultList();
    }

    @Override
    public List<DeskFacts> freeDesks(Collection<Long> floorIds, LocalDate day, Slot slot) {
        String floors = floorIds.isEmpty() ? "" : " AND d.floor_id IN (" + floorIds.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", ")) + ")";
        return free(floors, day, slot, "");
    }

    @Override
    public List<DeskFacts> nearestFreeDesks(long floorId, int x, int y, LocalDate day, Slot slot, int limit) {
        return free(" AND d.floor_id = " + floorId, day, slot,
                " ORDER BY (d.x - " + x + ") ^ 2 + (d.y - " + y + ") ^ 2, d.id LIMIT " + limit);
    }

    private List<DeskFacts> free(String floorCondition, LocalDate day, Slot slot, String orderAndLimit) {
        // NOT IN over the day's live bookings becomes one hashed scan whatever the statistics say; a correlated
        // NOT EXISTS was planned as a scan of the whole day per desk while the table was filling up at 08:30.
        return em.createNativeQuery("SELECT d.id, d.label, d.floor_id, d.x, d.y, d.accessible_reserved, z.name, t.teams"
                        + " FROM seating.desk d LEFT JOIN seating.zone z ON z.id = d.zone_id"
                        + " LEFT JOIN (SELECT zone_id, string_agg(unit_code, ',') AS teams FROM seating.zone_team GROUP BY zone_id) t"
                        + " ON t.zone_id = d.zone_id"
                        + " WHERE d.active AND d.id NOT IN (SELECT b.desk_id FROM seating.desk_booking b WHERE b.day = ?"
                        + " AND b." + LIVE + " AND b.slot IN (" + overlapping(slot) + "))"
                        + " AND NOT EXISTS (SELECT 1 FROM seating.floor_block k WHERE k.floor_id = d.floor_id"
                        + " AND ? BETWEEN k.first_day AND k.last_day)" + floorCondition + orderAndLimit)
                .setParameter(1, day).setParameter(2, day)
                .getResultList().stream().map(r -> JpaPlaces.facts((Object[]) r)).toList();
    }

    @Override
    public List<DeskState> floorOn(long floorId, LocalDate day) {
        // Each desk gathers its own bookings of the day in a subquery, one index probe per desk: the same plan
        // whether or not the statistics have caught up with a table that fills up within minutes at 08:30 (a join
        // was planned as 300 scans of the whole day while they lagged). One line per booking: "id slot status login".
        List<?> rows = em.createNativeQuery("SELECT d.id, d.label, d.x, d.y, z.name, d.accessible_reserved, t.zone_id IS NOT NULL,"
                        + " (SELECT string_agg(k.id || ' ' || k.slot || ' ' || k.status || ' ' || k.login, E'\\n')"
                        + " FROM seating.desk_booking k WHERE k.desk_id = d.id AND k.day = ? AND k." + LIVE + "),"
                        + " d.dual_monitor, d.standing, d.accessible, d.quiet, d.near_window"
                        + " FROM seating.desk d LEFT JOIN seating.zone z ON z.id = d.zone_id"
                        + " LEFT JOIN (SELECT DISTINCT zone_id FROM seating.zone_team) t ON t.zone_id = d.zone_id"
                        + " WHERE d.floor_id = ? AND d.active ORDER BY d.label")
                .setParameter(1, day).setParameter(2, floorId).getResultList();
        List<DeskState> states = new ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            DeskState free = new DeskState(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), r[4] == null ? "" : (String) r[4], (Boolean) r[5], (Boolean) r[6],
                    features(r, 8), 0, null, null, null);
            if (r[7] == null) {
                states.add(free);
                continue;
            }
            for (String booking : ((String) r[7]).split("\n")) {
                String[] f = booking.split(" ", 4);
                states.add(new DeskState(free.deskId(), free.label(), free.x(), free.y(), free.zoneName(),
                        free.accessibleReserved(), free.neighbourhood(), free.features(), Long.parseLong(f[0]), f[3],
                        Slot.valueOf(f[1]), BookingStatus.valueOf(f[2])));
            }
        }
        return states;
    }

    @Override
    public List<DeskBooking> of(String login, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT b FROM DeskBooking b WHERE b.login = :l AND b.day BETWEEN :f AND :t"
                        + " ORDER BY b.day, b.slot, b.id", DeskBooking.class)
                .setParameter("l", login).setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public List<Long> release(LocalDate day, Collection<Slot> slots, Instant deadline, Instant now) {
        if (slots.isEmpty()) {
            return List.of();
        }
        List<?> floors = em.createNativeQuery("WITH released AS (UPDATE seating.desk_booking SET status = 'RELEASED',"
                        + " version = version + 1, ended_at = ? WHERE day = ? AND status = 'BOOKED' AND slot IN (" + slotList(slots) + ") AND created_at < ?"
                        + " RETURNING desk_id) SELECT d.floor_id FROM released r JOIN seating.desk d ON d.id = r.desk_id")
                .setParameter(1, utc(now)).setParameter(2, day)
                .setParameter(3, utc(deadline)).getResultList();
        return floors.stream().map(n -> ((Number) n).longValue()).toList();
    }

    @Override
    public int cancelOnFloor(long floorId, LocalDate first, LocalDate last, Instant now) {
        return em.createNativeQuery("UPDATE seating.desk_booking b SET status = 'CANCELLED', version = b.version + 1, ended_at = ?"
                        + " FROM seating.desk d WHERE d.id = b.desk_id AND d.floor_id = ? AND b.day BETWEEN ? AND ? AND b." + LIVE)
                .setParameter(1, utc(now)).setParameter(2, floorId).setParameter(3, first)
                .setParameter(4, last).executeUpdate();
    }

    @Override
    public long newSeries(String login, long deskId, Slot slot, int weekday, LocalDate first, LocalDate last) {
        return ((Number) em.createNativeQuery("INSERT INTO seating.booking_series (login, desk_id, slot, weekday, first_day,"
                        + " last_day) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .setParameter(1, login).setParameter(2, deskId).setParameter(3, slot.name()).setParameter(4, weekday)
                .setParameter(5, first).setParameter(6, last).getSingleResult()).longValue();
    }

    @Override
    public long newTeamDay(String teamCode, LocalDate day, String organiser) {
        return ((Number) em.createNativeQuery("INSERT INTO seating.team_day (team_code, day, organiser) VALUES (?, ?, ?)"
                        + " RETURNING id")
                .setParameter(1, teamCode).setParameter(2, day).setParameter(3, organiser).getSingleResult()).longValue();
    }

    @Override
    public Optional<Long> tryBookRoom(long roomId, String organiser, String title, Instant start, Instant end) {
        List<?> id = em.createNativeQuery("INSERT INTO seating.room_booking (room_id, organiser, title, starts_at, ends_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id")
                .setParameter(1, roomId).setParameter(2, organiser).setParameter(3, title)
                .setParameter(4, utc(start)).setParameter(5, utc(end)).getResultList();
        return id.stream().map(n -> ((Number) n).longValue()).findFirst();
    }

    @Override
    public Optional<RoomBooking> roomBooking(long id) {
        return Optional.ofNullable(em.find(RoomBooking.class, id));
    }

    @Override
    public List<RoomBooking> roomBookings(long roomId, Instant from, Instant to) {
        return em.createQuery("SELECT b FROM RoomBooking b WHERE b.room.id = :r AND b.status = :s AND b.endsAt > :f"
                        + " AND b.startsAt < :t ORDER BY b.startsAt", RoomBooking.class)
                .setParameter("r", roomId).setParameter("s", RoomBooking.Status.BOOKED)
                .setParameter("f", from.atOffset(java.time.ZoneOffset.UTC)).setParameter("t", to.atOffset(java.time.ZoneOffset.UTC))
                .getResultList();
    }

    @Override
    public List<RoomBooking> roomBookingsOf(String organiser, Instant from) {
        return em.createQuery("SELECT b FROM RoomBooking b WHERE b.organiser = :o AND b.status = :s AND b.endsAt > :f"
                        + " ORDER BY b.startsAt", RoomBooking.class)
                .setParameter("o", organiser).setParameter("s", RoomBooking.Status.BOOKED)
                .setParameter("f", from.atOffset(java.time.ZoneOffset.UTC)).getResultList();
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    /** The features from five boolean columns in DeskFeature order, starting at {@code first}. */
    private static java.util.Set<DeskFeature> features(Object[] row, int first) {
        java.util.Set<DeskFeature> features = java.util.EnumSet.noneOf(DeskFeature.class);
        DeskFeature[] all = DeskFeature.values();
        for (int i = 0; i < all.length; i++) {
            if (Boolean.TRUE.equals(row[first + i])) {
                features.add(all[i]);
            }
        }
        return features;
    }

    /**
     * The slots that overlap {@code slot} on the same day, as an SQL list. Within one day this is the same test as
     * the ranges' overlap that the constraints use, but it lets the planner use the (day, desk) index.
     */
    private static String overlapping(Slot slot) {
        return slotList(java.util.Arrays.stream(Slot.values()).filter(slot::overlaps).toList());
    }

    private static String slotList(Collection<Slot> slots) {
        return slots.stream().map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    private List<DeskBooking> nativeBookings(String sql, Object... params) {
        var query = em.createNativeQuery(sql, DeskBooking.class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i] instanceof LocalDate d ? d : params[i]);
        }
        @SuppressWarnings("unchecked")
        List<DeskBooking> result = query.getResultList();
        return result;
    }
}
