package jp.shokuba.meetings.domain;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * What a page looks like, small enough to keep per version: its text (NFKC, without white space) and a 64-bit
 * average hash of the page rendered to 8×8 grey values. Stored as {@code hash:text} lines.
 */
public record PagePrint(String text, long imageHash) {

    public static PagePrint of(String rawText, long imageHash) {
        String t = Normalizer.normalize(rawText == null ? "" : rawText, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return new PagePrint(t.length() > 4000 ? t.substring(0, 4000) : t, imageHash);
    }

    /** How alike two pages are, 0 to 1: mostly their text (character bigrams, Dice), partly their picture. */
    public double similarity(PagePrint other) {
        double image = 1.0 - Long.bitCount(imageHash ^ other.imageHash) / 64.0;
        if (text.isEmpty() && other.text.isEmpty()) {
            return image;
        }
        return 0.8 * dice(bigrams(text), bigrams(other.text)) + 0.2 * image;
    }

    public String line() {
        return Long.toHexString(imageHash) + ":" + text.replace('\n', ' ');
    }

    public static PagePrint ofLine(String line) {
        int colon = line.indexOf(':');
        return new PagePrint(line.substring(colon + 1), Long.parseUnsignedLong(line.substring(0, colon), 16));
    }

    private static Set<String> bigrams(String s) {
        Set<String> grams = new HashSet<>();
        if (s.length() == 1) {
            grams.add(s);
        }
        for (int i = 0; i + 2 <= s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : a) {
            if (b.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
