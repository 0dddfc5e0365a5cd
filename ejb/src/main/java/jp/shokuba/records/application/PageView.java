package jp.shokuba.records.application;

import java.util.List;
import jp.shokuba.records.domain.TextLine;

/** One page of a record: its masked text, its lines and which of them hold the searched words. */
public record PageView(long recordId, int page, int pageCount, String fileName, String title, String text,
                       List<TextLine> lines, List<TextLine> marked, String source) {
}
