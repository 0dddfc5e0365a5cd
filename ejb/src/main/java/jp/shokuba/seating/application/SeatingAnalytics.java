package jp.shokuba.seating.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.platform.BusinessException;

/**
 * Desk use for facilities staff over a period of working days (Monday to Friday): utilisation per floor, zone
 * and weekday (booked half-days over available half-days), the no-show rate, the peak occupancy, and the teams
 * that were scattered (members on different floors, or farther apart on the plan than {@value #SCATTERED_DISTANCE}).
 */
@Stateless
public class SeatingAnalytics {

    /** Plan units (about centimetres on the demo plans): farther apart than this, two teammates cannot talk across the desk. */
    public static final int SCATTERED_DISTANCE = 400;
    private static final int MAX_DAYS = 400;
    private static final String USED = "('BOOKED', 'CHECKED_IN', 'CHECKED_OUT')";

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    /** Utilisation of a floor, zone or weekday: used half-days of available ones. */
    public record Use(String name, long available, long used) {
        public int percent() {
            return available == 0 ? 0 : (int) Math.round(100.0 * used / available);
        }
    }

    /** A team's days with two or more members in, and of those the days they sat scattered. */
    public record TeamScatter(String teamCode, String team, int daysTogether, int daysScattered) {
        public int percent() {
            return daysTogether == 0 ? 0 : (int) Math.round(100.0 * daysScattered / daysTogether);
        }
    }

    public record Report(LocalDate from, LocalDate to, int workdays, List<Use> floors, List<Use> zones, List<Use> weekdays,
                         long noShows, long dueCheckIns, int peakPercent, LocalDate peakDay, List<TeamScatter> teams) {
        public int noShowPercent() {
            return dueCheckIns == 0 ? 0 : (int) Math.round(100.0 * noShows / dueCheckIns);
        }

        /** The report as CSV (UTF-8 with a header line per section), for spreadsheets and the paper dashboard. */
        public String csv() {
            StringBuilder out = new StringBuilder("区分,名称,利用可能(半日),利用(半日),利用率(%)\r\n");
            floors.forEach(u -> row(out, "フロア", u));
            zones.forEach(u -> row(out, "ゾーン", u));
            weekdays.forEach(u -> row(out, "曜日", u));
            out.append("指標,値\r\n");
            out.append("期間,").append(from).append("〜").append(to).append("\r\n");
            out.append("無断不使用率(%),").append(noShowPercent()).append("\r\n");
            out.append("最大在席率(%),").append(peakPercent).append("\r\n");
            out.append("最大在席日,").append(peakDay == null ? "" : peakDay).append("\r\n");
            out.append("係コード,係,一緒の日,分散した日,分散率(%)\r\n");
            teams.forEach(t -> out.append(t.teamCode()).append(',').append(quote(t.team())).append(',').append(t.daysTogether())
                    .append(',').append(t.daysScattered()).append(',').append(t.percent()).append("\r\n"));
            return out.toString();
        }

        private static void row(StringBuilder out, String kind, Use u) {
            out.append(kind).append(',').append(quote(u.name())).append(',').append(u.available()).append(',')
                    .append(u.used()).append(',').append(u.percent()).append("\r\n");
        }

        /**
         * One text cell: a leading = + - @ (or tab, carriage return) would make a spreadsheet read the name as a
         * formula, so such a cell starts with an apostrophe (OWASP CSV injection); then quoted as CSV needs.
         */
        static String quote(String s) {
            String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
            return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                    ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
        }
    }

    public Report report(LocalDate from, LocalDate to) throws BusinessException {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw BusinessException.invalid("seating.periodReversed");
        }
        List<LocalDate> workdays = from.datesUntil(to.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).toList();
        int n = workdays.size();
        List<Use> floors = uses("SELECT b.name || ' ' || f.name, (SELECT count(*) FROM seating.desk d WHERE d.floor_id = f.id AND d.active),"
                + " (SELECT coalesce(sum(CASE k.slot WHEN 'DAY' THEN 2 ELSE 1 END), 0) FROM seating.desk_booking k"
                + " JOIN seating.desk d ON d.id = k.desk_id WHERE d.floor_id = f.id AND k.day BETWEEN ? AND ?"
                + " AND extract(isodow FROM k.day) < 6 AND k.status IN " + USED + ")"
                + " FROM seating.floor f JOIN seating.building b ON b.id = f.building_id ORDER BY b.name, f.level, f.name", from, to, n);
        List<Use> zones = uses("SELECT f.name || ' ' || z.name, (SELECT count(*) FROM seating.desk d WHERE d.zone_id = z.id AND d.active),"
                + " (SELECT coalesce(sum(CASE k.slot WHEN 'DAY' THEN 2 ELSE 1 END), 0) FROM seating.desk_booking k"
                + " JOIN seating.desk d ON d.id = k.desk_id WHERE d.zone_id = z.id AND k.day BETWEEN ? AND ?"
                + " AND extract(isodow FROM k.day) < 6 AND k.status IN " + USED + ")"
                + " FROM seating.zone z JOIN seating.floor f ON f.id = z.floor_id ORDER BY f.level, f.name, z.name", from, to, n);
        long desks = ((Number) em.createNativeQuery("SELECT count(*) FROM seating.desk WHERE active").getSingleResult()).longValue();
        Map<Integer, Long> usedByWeekday = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT extract(isodow FROM day)::int, sum(CASE slot WHEN 'DAY' THEN 2 ELSE 1 END)"
                        + " FROM seating.desk_booking WHERE day BETWEEN ? AND ? AND status IN " + USED + " GROUP BY 1")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] r = (Object[]) o;
            usedByWeekday.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue());
        }
        List<Use> weekdays = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            long count = workdays.stream().filter(w -> w.getDayOfWeek() == d).count();
            weekdays.add(new Use(d.name(), desks * count * 2, usedByWeekday.getOrDefault(d.getValue(), 0L)));
        }
        LocalDate today = LocalDate.now(clock);
        Object[] shows = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE status = 'RELEASED' OR (status = 'BOOKED' AND day < ?)),"
                        + " count(*) FILTER (WHERE status IN ('RELEASED', 'CHECKED_IN', 'CHECKED_OUT') OR (status = 'BOOKED' AND day < ?))"
                        + " FROM seating.desk_booking WHERE day BETWEEN ? AND ?")
                .setParameter(1, today).setParameter(2, today).setParameter(3, from).setParameter(4, to).getSingleResult();
        List<?> peak = em.createNativeQuery("SELECT day, count(DISTINCT desk_id) FROM seating.desk_booking WHERE day BETWEEN ? AND ?"
                        + " AND checked_in_at IS NOT NULL GROUP BY day ORDER BY 2 DESC, 1 LIMIT 1")
                .setParameter(1, from).setParameter(2, to).getResultList();
        LocalDate peakDay = null;
        int peakPercent = 0;
        if (!peak.isEmpty()) {
            Object[] p = (Object[]) peak.get(0);
            peakDay = p[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) p[0];
            peakPercent = desks == 0 ? 0 : (int) Math.round(100.0 * ((Number) p[1]).longValue() / desks);
        }
        return new Report(from, to, n, floors, zones, weekdays, ((Number) shows[0]).longValue(), ((Number) shows[1]).longValue(),
                peakPercent, peakDay, scatteredTeams(from, to));
    }

    private List<Use> uses(String sql, LocalDate from, LocalDate to, int workdays) {
        List<Use> uses = new ArrayList<>();
        for (Object o : em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] r = (Object[]) o;
            uses.add(new Use((String) r[0], ((Number) r[1]).longValue() * workdays * 2, ((Number) r[2]).longValue()));
        }
        return uses;
    }

    /** Per team and day, where its members sat; a day is scattered when they sat on several floors or far apart. */
    List<TeamScatter> scatteredTeams(LocalDate from, LocalDate to) {
        Map<String, StaffSummary> staff = new HashMap<>();
        directory.searchStaff("", 0, 100_000).forEach(s -> staff.put(s.login(), s));
        Map<String, Map<LocalDate, List<int[]>>> seats = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT b.login, b.day, d.floor_id, d.x, d.y FROM seating.desk_booking b"
                        + " JOIN seating.desk d ON d.id = b.desk_id WHERE b.day BETWEEN ? AND ? AND b.status IN " + USED)
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] r = (Object[]) o;
            StaffSummary s = staff.get((String) r[0]);
            if (s == null || s.teamCode().isEmpty()) {
                continue;
            }
            LocalDate day = r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1];
            seats.computeIfAbsent(s.teamCode(), t -> new HashMap<>()).computeIfAbsent(day, d -> new ArrayList<>())
                    .add(new int[] {((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue()});
        }
        Map<String, String> teamNames = new HashMap<>();
        staff.values().forEach(s -> teamNames.put(s.teamCode(), s.department() + " " + s.team()));
        List<TeamScatter> result = new ArrayList<>();
        seats.forEach((team, days) -> {
            int together = 0;
            int scattered = 0;
            for (List<int[]> people : days.values()) {
                if (people.size() < 2) {
                    continue;
                }
                together++;
                if (scattered(people)) {
                    scattered++;
                }
            }
            if (together > 0) {
                result.add(new TeamScatter(team, teamNames.getOrDefault(team, team), together, scattered));
            }
        });
        result.sort(Comparator.comparingInt(TeamScatter::percent).reversed().thenComparing(TeamScatter::teamCode));
        return result;
    }

    static boolean scattered(List<int[]> people) {
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                int[] a = people.get(i);
                int[] b = people.get(j);
                if (a[0] != b[0] || Math.hypot(a[1] - b[1], a[2] - b[2]) > SCATTERED_DISTANCE) {
                    return true;
                }
            }
        }
        return false;
    }
}
