package jp.shokuba.records.domain;

/** One line of a page's text and its box, as fractions of the page's width and height (top left origin). */
public record TextLine(String text, double x, double y, double w, double h) {

    public boolean contains(String query) {
        String q = JapaneseText.search(query).text().replace(" ", "");
        return !q.isEmpty() && JapaneseText.search(text).text().replace(" ", "").contains(q);
    }
}
