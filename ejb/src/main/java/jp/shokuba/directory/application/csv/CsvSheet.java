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
 * A decoded CSV file with a required Japanese header. Each row knows its line number so that
 * every error can name it.
 */
final class CsvSheet {

    record Row(long line, Map<String, String> values) {

        String get(String column) {
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
        CsvText.Decoded decoded;
        try {
            decoded = CsvText.decode(bytes);
        } catch (CharacterCodingException e) {
            throw BusinessException.invalid("csv.unreadable", "文字コードが UTF-8 でも Shift_JIS でもありません");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), format)) {
            List<String> missing = requiredColumns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new CsvRejectedException(List.of(new LineError(1, "見出しに列がありません: " + String.join("、", missing))));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Row(record.getRecordNumber() + 1, record.toMap()));
            }
            if (rows.isEmpty()) {
                throw BusinessException.invalid("csv.empty");
            }
            return new CsvSheet(decoded.charset().name(), rows);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw BusinessException.invalid("csv.unreadable", e.getMessage());
        }
    }

    String charset() {
        return charset;
    }

    List<Row> rows() {
        return rows;
    }
}
