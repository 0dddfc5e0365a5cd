package jp.shokuba.records.application;

import jp.shokuba.records.domain.JapaneseText;

/** Snippets: the stretch of a page around the first place the query occurs, the hit wrapped in {@code <mark>}. */
final class RecordSnippets {

    private static final int AROUND = 40;

    private RecordSnippets() {
    }

    static String snippet(String text, String query) {
        JapaneseText.Normalised page = JapaneseText.search(text);
        String best = null;
        int at = -1;
        int length = 0;
        for (String part : JapaneseText.search(query).text().split(" ")) {
            if (part.isBlank()) {
                continue;
            }
            int i = page.text().indexOf(part);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
                length = part.length();
                best = part;
            }
        }
        if (best == null || page.text().isEmpty()) {
            return escape(cut(text, 0, Math.min(text.length(), AROUND * 2)));
        }
        int[] range = page.sourceRange(at, at + length);
        int start = Math.max(0, range[0] - AROUND);
        int end = Math.min(text.length(), range[1] + AROUND);
        return (start > 0 ? "…" : "") + escape(cut(text, start, range[0])) + "<mark>"
                + escape(text.substring(range[0], range[1])) + "</mark>" + escape(cut(text, range[1], end))
                + (end < text.length() ? "…" : "");
    }

    private static String cut(String s, int from, int to) {
        return s.substring(from, to).replace('\n', ' ');
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
