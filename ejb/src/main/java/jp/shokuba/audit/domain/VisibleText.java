package jp.shokuba.audit.domain;

/**
 * Audit text made safe to show: stored as it was sent, but shown with every character that could change how the
 * text reads visibly escaped. Line breaks become {@code \n} and {@code \r} (so an entry never looks like two),
 * bidirectional controls such as U+202E become {@code \u202E} (so no text reads backwards), as do other control,
 * format, separator and lone surrogate characters; a backslash becomes {@code \\} so that an escape typed by the
 * user cannot pass for one of ours.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(text, i);
            if (escape == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(escape);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // the low half of an escaped supplementary format character (U+E0001 …)
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '\\': return "\\\\";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default: break;
        }
        if (Character.isSurrogate(c)) {
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (!paired) {
                return unicode(c);
            }
            if (Character.isHighSurrogate(c) && Character.getType(text.codePointAt(i)) == Character.FORMAT) {
                return "\\u{" + Integer.toHexString(text.codePointAt(i)).toUpperCase() + "}";
            }
            return null;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
                    unicode(c);
            default -> null;
        };
    }

    private static String unicode(char c) {
        return String.format("\\u%04X", (int) c);
    }
}
