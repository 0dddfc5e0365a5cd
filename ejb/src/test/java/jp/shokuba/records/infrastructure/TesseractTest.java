package jp.shokuba.records.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether OCR can run decides between reading a scan and leaving it WAITING_FOR_OCR. */
class TesseractTest {

    @Test
    void aMissingTesseractIsReportedNotThrown() {
        assertThat(new Tesseract("/nonexistent/tesseract").missing()).containsExactly("tesseract");
    }

    @Test
    void theInstalledTesseractHasJapaneseHorizontalAndVertical() {
        assertThat(new Tesseract("tesseract").missing()).isEmpty();
    }

    @Test
    void tsvWordsAreGroupedIntoLinesWithTheirConfidence() {
        String tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
                + "5\t1\t1\t1\t1\t1\t10\t10\t40\t20\t90\t請求\n"
                + "5\t1\t1\t1\t1\t2\t50\t10\t20\t20\t70\t書\n"
                + "5\t1\t1\t1\t2\t1\t10\t40\t80\t20\t-1\t\n"
                + "5\t1\t1\t1\t2\t2\t10\t40\t80\t20\t80\t１２３\n";
        Tesseract.Reading r = Tesseract.parse("jpn", tsv);
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0).words()).extracting(Tesseract.Word::text).containsExactly("請求", "書");
        assertThat(r.lines().get(1).words().get(0).text()).as("NFKC").isEqualTo("123");
        assertThat(r.confidence()).isBetween(80.0, 84.0);
    }
}
