package jp.shokuba.records.application;

import java.util.List;

/** A page of search hits; {@code total} counts every matching page. Snippets are HTML-escaped, hits in mark. */
public record SearchResult(long total, List<Hit> hits) {

    public record Hit(long recordId, String fileName, String title, int page, String snippet) {
    }
}
