package jp.shokuba.directory.application.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every row knows the line of the file it came from, past comment and blank lines. */
class CsvSheetTest {

    @Test
    void rowsNameTheirLinesPastCommentsAndBlankLines() throws Exception {
        String csv = "# a note\n# another\nip,department\n127.0.1.1,企画調整課\n\n# between\n127.0.1.2,秘書課\n127.0.1.3,秘書課";
        CsvSheet sheet = CsvSheet.withComments(csv.getBytes(StandardCharsets.UTF_8), List.of("ip"));

        assertThat(sheet.rows()).extracting(CsvSheet.Row::line).containsExactly(4L, 7L, 8L);
        assertThat(sheet.rows().get(1).get("department")).isEqualTo("秘書課");
    }

    @Test
    void withoutCommentsTheFirstRowIsLineTwo() throws Exception {
        CsvSheet sheet = CsvSheet.read("a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8), List.of("a"));

        assertThat(sheet.rows()).extracting(CsvSheet.Row::line).containsExactly(2L, 3L);
    }
}
