package jp.shokuba.paper.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shokuba.paper.domain.CounterKind;
import jp.shokuba.paper.domain.ReadingFlag;
import jp.shokuba.paper.domain.Readings;

/** Readings as plain rows: they are many and simple, and the figures are sums best left to PostgreSQL. */
@ApplicationScoped
public class SqlReadings implements Readings {

    private static final String COLUMNS = "SELECT device_id, day, counter, pages, flag, serial_number FROM ";

    @PersistenceContext
    EntityManager em;

    /**
     * The rows of one counter: the total in paper.reading, the others in paper.reading_counter by kind (an enum
     * constant's name, never user input, so it is written into the SQL).
     */
    private static String rowsOf(CounterKind kind) {
        return kind == CounterKind.TOTAL ? "paper.reading WHERE " : "paper.reading_counter WHERE kind = '" + kind.name() + "' AND ";
    }

    @Override
    public Optional<Reading> lastAnswerBefore(long deviceId, CounterKind kind, LocalDate day) {
        return rows(em.createNativeQuery(COLUMNS + rowsOf(kind) + "device_id = ? AND day < ? AND counter IS NOT NULL ORDER BY day DESC LIMIT 1")
                .setParameter(1, deviceId).setParameter(2, Date.valueOf(day)).getResultList()).stream().findFirst();
    }

    @Override
    public Optional<Reading> on(long deviceId, CounterKind kind, LocalDate day) {
        return rows(em.createNativeQuery(COLUMNS + rowsOf(kind) + "device_id = ? AND day = ?")
                .setParameter(1, deviceId).setParameter(2, Date.valueOf(day)).getResultList()).stream().findFirst();
    }

    @Override
    public void put(CounterKind kind, Reading r) {
        String upsert = " ON CONFLICT (device_id" + (kind == CounterKind.TOTAL ? "" : ", kind") + ", day) DO UPDATE SET"
                + " counter = EXCLUDED.counter, pages = EXCLUDED.pages, flag = EXCLUDED.flag,"
                + " serial_number = EXCLUDED.serial_number, read_at = now()";
        String insert = kind == CounterKind.TOTAL
                ? "INSERT INTO paper.reading (device_id, day, counter, pages, flag, serial_number)"
                + " VALUES (?, ?, CAST(? AS bigint), ?, ?, CAST(? AS varchar))"
                : "INSERT INTO paper.reading_counter (device_id, day, counter, pages, flag, serial_number, kind)"
                + " VALUES (?, ?, CAST(? AS bigint), ?, ?, CAST(? AS varchar), '" + kind.name() + "')";
        em.createNativeQuery(insert + upsert)
                .setParameter(1, r.deviceId()).setParameter(2, Date.valueOf(r.day()))
                .setParameter(3, r.counter() == null ? null : r.counter()).setParameter(4, r.pages())
                .setParameter(5, r.flag().name()).setParameter(6, r.serial()).executeUpdate();
    }

    @Override
    public void putAll(List<Reading> all) {
        for (int from = 0; from < all.size(); from += 500) {
            List<Reading> chunk = all.subList(from, Math.min(all.size(), from + 500));
            StringBuilder sql = new StringBuilder("INSERT INTO paper.reading (device_id, day, counter, pages, flag, serial_number) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, CAST(? AS bigint), ?, ?, CAST(? AS varchar))");
            }
            sql.append(" ON CONFLICT (device_id, day) DO UPDATE SET counter = EXCLUDED.counter, pages = EXCLUDED.pages,"
                    + " flag = EXCLUDED.flag, serial_number = EXCLUDED.serial_number, read_at = now()");
            jakarta.persistence.Query q = em.createNativeQuery(sql.toString());
            int p = 1;
            for (Reading r : chunk) {
                q.setParameter(p++, r.deviceId()).setParameter(p++, Date.valueOf(r.day())).setParameter(p++, r.counter())
                        .setParameter(p++, r.pages()).setParameter(p++, r.flag().name()).setParameter(p++, r.serial());
            }
            q.executeUpdate();
        }
    }

    @Override
    public List<Reading> between(long deviceId, CounterKind kind, LocalDate from, LocalDate to) {
        return rows(em.createNativeQuery(COLUMNS + rowsOf(kind) + "device_id = ? AND day >= ? AND day < ? ORDER BY day")
                .setParameter(1, deviceId).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to)).getResultList());
    }

    @Override
    public List<CounterMonthPages> monthlyByCounter(LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("SELECT device_id, kind, date_trunc('month', day)::date AS m, sum(pages)"
                        + " FROM paper.reading_counter WHERE day >= ? AND day < ? GROUP BY device_id, kind, m ORDER BY device_id, kind, m")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new CounterMonthPages(((Number) r[0]).longValue(),
                CounterKind.valueOf((String) r[1]), YearMonth.from(toDate(r[2])), ((Number) r[3]).longValue())).toList();
    }

    @Override
    public List<MonthPages> monthly(LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("SELECT device_id, m, sum(p) FROM ("
                        + " SELECT device_id, date_trunc('month', day)::date AS m, pages AS p FROM paper.reading WHERE day >= ? AND day < ?"
                        + " UNION ALL SELECT device_id, month, pages FROM paper.monthly_count WHERE month >= ? AND month < ?) x"
                        + " GROUP BY device_id, m ORDER BY device_id, m")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to))
                .setParameter(3, Date.valueOf(from)).setParameter(4, Date.valueOf(to)).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new MonthPages(((Number) r[0]).longValue(),
                YearMonth.from(toDate(r[1])), ((Number) r[2]).longValue())).toList();
    }

    @Override
    public void putMonthly(long deviceId, YearMonth month, long pages) {
        em.createNativeQuery("INSERT INTO paper.monthly_count (device_id, month, pages) VALUES (?, ?, ?)"
                        + " ON CONFLICT (device_id, month) DO UPDATE SET pages = EXCLUDED.pages")
                .setParameter(1, deviceId).setParameter(2, Date.valueOf(month.atDay(1))).setParameter(3, pages).executeUpdate();
    }

    @Override
    public List<Constant> constants() {
        List<?> rows = em.createNativeQuery("SELECT key, value, unit, label, source FROM paper.constant ORDER BY position").getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new Constant((String) r[0], ((BigDecimal) r[1]).stripTrailingZeros(),
                (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    @Override
    public boolean updateConstant(String key, BigDecimal value) {
        return em.createNativeQuery("UPDATE paper.constant SET value = ? WHERE key = ?")
                .setParameter(1, value).setParameter(2, key).executeUpdate() == 1;
    }

    @Override
    public Map<String, BigDecimal> targets(int fiscalYear) {
        Map<String, BigDecimal> targets = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT department_code, reduction_percent FROM paper.target WHERE fiscal_year = ?")
                .setParameter(1, fiscalYear).getResultList()) {
            Object[] r = (Object[]) o;
            targets.put((String) r[0], (BigDecimal) r[1]);
        }
        return targets;
    }

    @Override
    public void putTarget(String departmentCode, int fiscalYear, BigDecimal percent) {
        em.createNativeQuery("INSERT INTO paper.target (department_code, fiscal_year, reduction_percent) VALUES (?, ?, ?)"
                        + " ON CONFLICT (department_code, fiscal_year) DO UPDATE SET reduction_percent = EXCLUDED.reduction_percent")
                .setParameter(1, departmentCode).setParameter(2, fiscalYear).setParameter(3, percent).executeUpdate();
    }

    @Override
    public Map<String, Long> paperApprovals(LocalDate from, LocalDate to) {
        Map<String, Long> counts = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT department_code, sum(count) FROM paper.paper_approval"
                        + " WHERE month >= ? AND month < ? GROUP BY department_code")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getResultList()) {
            Object[] r = (Object[]) o;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    @Override
    public void putPaperApprovals(String departmentCode, YearMonth month, int count) {
        em.createNativeQuery("INSERT INTO paper.paper_approval (department_code, month, count) VALUES (?, ?, ?)"
                        + " ON CONFLICT (department_code, month) DO UPDATE SET count = EXCLUDED.count")
                .setParameter(1, departmentCode).setParameter(2, Date.valueOf(month.atDay(1))).setParameter(3, count).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<Reading> rows(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(r -> new Reading(((Number) r[0]).longValue(), toDate(r[1]),
                r[2] == null ? null : ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                ReadingFlag.valueOf((String) r[4]), (String) r[5])).toList();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }
}
