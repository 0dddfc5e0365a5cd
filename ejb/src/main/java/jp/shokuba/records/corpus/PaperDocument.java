package jp.shokuba.records.corpus;

import java.util.List;

/**
 * One generated document and the truth about it.
 *
 * @param lines      what is printed, line by line (for a vertical letter, column by column from the right)
 * @param myNumbers  valid My Numbers printed on it (must be masked)
 * @param decoys     twelve-digit numbers with a wrong check digit (must stay searchable)
 */
public record PaperDocument(String kind, String fileName, String title, String counterparty, Long amount,
                            String personName, List<String> myNumbers, List<String> decoys, boolean vertical,
                            List<String> lines) {

    public String text() {
        return String.join("\n", lines);
    }
}
