package jp.shokuba.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A file's size as people read it: "812 B", "31.6 KB", "4.2 MB", "1.1 GB" (1 KB = 1,024 bytes, one decimal below
 * 100 of a unit, none above), the same in Japanese and English.
 */
public final class ByteSize {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    public static String readable(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size is never negative: " + bytes);
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        BigDecimal value = BigDecimal.valueOf(bytes);
        BigDecimal unit = BigDecimal.valueOf(1024);
        int u = -1;
        do {
            value = value.divide(unit, 10, RoundingMode.HALF_UP);
            u++;
        } while (value.compareTo(unit) >= 0 && u < UNITS.length - 1);
        int decimals = value.compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : 1;
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + " " + UNITS[u];
    }
}
