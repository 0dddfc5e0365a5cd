package jp.shokuba.records.domain;

/**
 * A file name as people see it: never a path. Whatever came before the last {@code /} or {@code \} (an
 * attempt at {@code ../../x}) is dropped, control characters too, and it is cut to 200 characters keeping
 * its extension. Files are stored under their SHA-256, never under this name.
 */
public final class FileName {

    private static final int MAX = 200;

    private FileName() {
    }

    public static String clean(String raw) {
        String s = raw == null ? "" : raw;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1).replaceAll("[\\p{Cntrl}\\uFFFD]", "").strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        if (s.isBlank()) {
            s = "無題";
        }
        if (s.length() > MAX) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
            s = s.substring(0, MAX - ext.length()) + ext;
        }
        return s;
    }

    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
