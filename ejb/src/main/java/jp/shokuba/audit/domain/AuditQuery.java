package jp.shokuba.audit.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import jp.shokuba.platform.CityTime;

/**
 * Which entries to list: each filter narrows, a null one does not. {@code kind} ending in a dot is a prefix
 * ({@code approval.} finds every approval action); {@code from} and {@code to} are whole days in Japan time,
 * both included. {@code page} counts from 1; {@code size} is already clamped to 1..{@value #MAX_SIZE}.
 */
public record AuditQuery(String actor, String kind, String objectType, String objectId, LocalDate from,
                         LocalDate to, int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_PAGE = 100_000;

    public AuditQuery {
        actor = blankToNull(actor);
        kind = blankToNull(kind);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page は 1〜" + MAX_PAGE + " で指定してください");
        }
        size = Math.max(1, Math.min(MAX_SIZE, size));
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to は from 以降の日付にしてください");
        }
    }

    /** Everything, newest first, as the audit page opens. */
    public static AuditQuery everything(int page, int size) {
        return new AuditQuery(null, null, null, null, null, null, page, size);
    }

    public boolean kindIsPrefix() {
        return kind != null && kind.endsWith(".");
    }

    public ZonedDateTime fromInclusive() {
        return from == null ? null : from.atStartOfDay(CityTime.ZONE);
    }

    public ZonedDateTime toExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(CityTime.ZONE);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public AuditQuery atPage(int first, int pageSize) {
        return new AuditQuery(actor, kind, objectType, objectId, from, to, first / Math.max(1, pageSize) + 1, pageSize);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
