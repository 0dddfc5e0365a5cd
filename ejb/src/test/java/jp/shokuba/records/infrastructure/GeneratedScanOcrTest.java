package jp.shokuba.records.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import jp.shokuba.records.corpus.PaperDocument;
import jp.shokuba.records.corpus.ScannedPaper;
import jp.shokuba.records.domain.JapaneseText;
import org.junit.jupiter.api.Test;

/** Real Tesseract on generated scans: what the generator prints comes back, My Numbers masked and blacked out. */
class GeneratedScanOcrTest {

    private final Tesseract tesseract = new Tesseract("tesseract");

    @Test
    void anInvoiceScanReadsBackTitleCounterpartyAndAmount() throws Exception {
        PaperDocument d = ScannedPaper.invoice(new Random(7), 0);
        BufferedImage scan = ScannedPaper.scan(d, 300, 0.5, 7);
        PageReading.Read read = PageReading.ocr(1, scan, tesseract);
        String text = JapaneseText.search(read.page().text()).text();
        System.out.println(read.page().source() + " " + read.page().confidence() + "\n" + read.page().text());
        assertThat(text).contains("請求書", JapaneseText.search(d.counterparty()).text(), Long.toString(d.amount()));
    }

    @Test
    void anApplicationScanHasItsMyNumberMaskedButTheDecoyKept() throws Exception {
        for (int n : new int[] {0, 1, 303}) {
            PaperDocument d = ScannedPaper.application(new Random(n == 303 ? 303 : 11 + n), n);
            PageReading.Read read = PageReading.ocr(1, ScannedPaper.scan(d, 300, 0.4, n == 303 ? 303 : 3), tesseract);
            System.out.println(read.page().source() + " " + read.page().confidence() + "\n" + read.page().text());
            assertThat(read.page().text()).doesNotContain(d.myNumbers().get(0));
            assertThat(read.page().myNumbers()).containsExactly(d.myNumbers().get(0));
            assertThat(read.page().text().replace(" ", "")).contains(d.decoys().get(0));
        }
    }

    @Test
    void aVerticalLetterIsReadWithJpnVert() throws Exception {
        PaperDocument d = ScannedPaper.letter(new Random(5), 2);
        PageReading.Read read = PageReading.ocr(1, ScannedPaper.scan(d, 300, 0.3, 5), tesseract);
        System.out.println(read.page().source() + " " + read.page().confidence() + "\n" + read.page().text());
        assertThat(read.page().source()).isEqualTo("jpn_vert");
        assertThat(JapaneseText.search(read.page().text()).text()).contains("公民館", "防災訓練");
    }
}
