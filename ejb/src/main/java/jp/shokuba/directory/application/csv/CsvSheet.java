package jp.shokuba.directory.application.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import jp.shokuba.platform.BusinessException;

/**
 * A decoded CSV file with a required header. Each row knows its line number in the file so that
 * every error can name it. Other contexts read their survey sheets with it too ({@link #withComments}:
 * lines starting with {@code #} are notes, not rows).
 */
public final class CsvSheet {

    public record Row(long line, Map<String, String> values) {

        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private final String charset;
    private final List<Row> rows;

    private CsvSheet(String charset, List<Row> rows) {
        this.charset = charset;
        this.rows = rows;
    }

    static CsvSheet read(byte[] bytes, List<String> requiredColumns) throws BusinessException {
        return read(bytes, requiredColumns, false);
    }

    /** A sheet whose lines starting with {@code #} are comments (the survey sheets' notes above the header). */
    public static CsvSheet withComments(byte[] bytes, List<String> requiredColumns) throws BusinessException {
        return read(bytes, requiredColumns, true);
    }

    private static CsvSheet read(byte[] bytes, List<String> requiredColumns, boolean comments) throws BusinessException {
        CsvText.Decoded decoded;
        try {
            decoded = CsvText.decode(bytes);
        } catch (CharacterCodingException e) {
            throw BusinessException.invalid("csv.unreadable", "文字コードが UTF-8 でも Shift_JIS でもありません");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setCommentMarker(comments ? '#' : null).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), format)) {
            List<String> missing = requiredColumns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new CsvRejectedException(List.of(new LineError(1, "見出しに列がありません: " + String.join("、", missing))));
            }
            List<Row> rows = new ArrayList<>();
            String text = decoded.text();
            int scanned = 0;
            long line = 1;
            for (CSVRecord record : parser) {
                for (long end = Math.min(record.getCharacterPosition(), text.length()); scanned < end; scanned++) {
                    line += text.charAt(scanned) == '\n' ? 1 : 0;
                }
                // the record's position is where the parser started looking: skip the blank and comment lines it passed
                while (scanned < text.length() && (text.charAt(scanned) == '\n' || text.charAt(scanned) == '\r'
                        || comments && text.charAt(scanned) == '#')) {
                    int eol = text.indexOf('\n', scanned);
                    scanned = eol < 0 ? text.length() : eol + 1;
                    line++;
                }
                rows.add(new Row(line, record.toMap()));
            }
            if (rows.isEmpty()) {
                throw BusinessException.invalid("csv.empty");
            }
            return new CsvSheet(decoded.charset().name(), rows);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw BusinessException.invalid("csv.unreadable", e.getMessage());
        }
    }

    public String charset() {
        return charset;
    }

    public List<Row> rows() {
        return rows;
    }
}
