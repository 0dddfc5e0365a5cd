package jp.shokuba.records.domain;

import java.text.Normalizer;

/**
 * Normalises Japanese text as OCR leaves it, identically for what is indexed and for what is asked, so that
 * the forms OCR confuses meet: full- and half-width forms (NFKC), {@code ¥} read as {@code \} or {@code Y},
 * thousands separators read as periods, ー read as 一 or a hyphen, katakana read as look-alike kanji (ロ/口,
 * カ/力, エ/工, ニ/二, ハ/八, タ/夕, ト/卜), and the spaces OCR puts between Japanese characters or inside names.
 */
public final class JapaneseText {

    private JapaneseText() {
    }

    /** Text after normalisation, each character knowing the index of the character it came from. */
    public record Normalised(String text, int[] origin) {

        /** The range {@code [start, end)} of the source that produced {@code [from, to)} of this text. */
        public int[] sourceRange(int from, int to) {
            return new int[] {origin[from], origin[to - 1] + 1};
        }
    }

    /**
     * For showing and storing: NFKC, no spaces between Japanese characters (Tika and Tesseract put them
     * there), runs of blanks shortened to one, lines kept.
     */
    public static String display(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('\u3000', ' ').replace('\t', ' ');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                int j = i;
                while (j < s.length() && s.charAt(j) == ' ') {
                    j++;
                }
                char before = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
                char after = j < s.length() ? s.charAt(j) : '\n';
                if (before != '\n' && after != '\n' && !(japanese(before) || japanese(after))) {
                    out.append(' ');
                }
                i = j - 1;
            } else if (c == '\r') {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** For matching: {@link #display} and then the OCR confusions folded together; see the class comment. */
    public static Normalised search(String raw) {
        String s = raw == null ? "" : raw;
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length() * 3 + 1];
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            String n = Normalizer.normalize(s.substring(i, i + width), Normalizer.Form.NFKC);
            for (int k = 0; k < n.length(); k++) {
                char c = fold(n.charAt(k));
                if (out.length() >= origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[out.length()] = i;
                out.append(c);
            }
            i += width;
        }
        return compact(out, origin);
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u00A5', '\\', '\uFFE5' -> '¥';
            case '一', '-', '‐', '‑', '–', '—', '―', '−', 'ｰ', '－' -> 'ー';
            case '口' -> 'ロ';
            case '力' -> 'カ';
            case '工' -> 'エ';
            case '二' -> 'ニ';
            case '八' -> 'ハ';
            case '夕' -> 'タ';
            case '卜' -> 'ト';
            case '\u3000', '\t', '\r' -> ' ';
            case '，' -> ',';
            default -> Character.toLowerCase(c);
        };
    }

    /** Drops blanks beside Japanese characters, currency signs before digits and separators inside amounts. */
    private static Normalised compact(StringBuilder in, int[] origin) {
        StringBuilder out = new StringBuilder(in.length());
        int[] o = new int[in.length() + 1];
        int len = in.length();
        for (int i = 0; i < len; i++) {
            char c = in.charAt(i);
            if (c == ' ' || c == '\n') {
                char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                int j = i;
                while (j < len && (in.charAt(j) == ' ' || in.charAt(j) == '\n')) {
                    j++;
                }
                char after = j < len ? in.charAt(j) : ' ';
                if (before != ' ' && after != ' ' && !japanese(before) && !japanese(after)
                        && !(before == 'ー' || after == 'ー')) {
                    o[out.length()] = origin[i];
                    out.append(' ');
                }
                i = j - 1;
                continue;
            }
            if ((c == '¥' || c == 'y') && i + 1 < len && digit(in.charAt(i + 1))
                    && (c == '¥' || out.length() == 0 || !Character.isLetterOrDigit(out.charAt(out.length() - 1)))) {
                continue;
            }
            if ((c == ',' || c == '.') && out.length() > 0 && digit(out.charAt(out.length() - 1))) {
                // a thousands separator, or two of them where OCR saw a comma and a speck (1,.093,213)
                int next = i + 1 < len && (in.charAt(i + 1) == ',' || in.charAt(i + 1) == '.') ? i + 2 : i + 1;
                if (threeDigits(in, next)) {
                    i = next - 1;
                    continue;
                }
            }
            o[out.length()] = origin[i];
            out.append(c);
        }
        return new Normalised(out.toString(), java.util.Arrays.copyOf(o, Math.max(out.length(), 1)));
    }

    private static boolean threeDigits(CharSequence s, int from) {
        if (from + 3 > s.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!digit(s.charAt(k))) {
                return false;
            }
        }
        return from + 3 == s.length() || !digit(s.charAt(from + 3));
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Kana, kanji, the iteration marks and the long-vowel mark: characters that have no spaces between them. */
    public static boolean japanese(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS;
    }
}
