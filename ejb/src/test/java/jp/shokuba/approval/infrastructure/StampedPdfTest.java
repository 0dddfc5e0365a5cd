package jp.shokuba.approval.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The approved record: Japanese text, the stamp column with 代決 and 後閲 marks, PDF/A identification. */
class StampedPdfTest {

    @Test
    void anApprovedContractShowsItsStampsAndContentAndIdentifiesAsPdfA() throws Exception {
        StampedPdf.Document d = new StampedPdf.Document("庁舎清掃業務委託契約", "契約", "金企第123号", "令和8年度", "3,000,000円",
                "株式会社 犀川ビルサービス", "田中 太郎", "企画調整課", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27),
                10, "契約書綴", 1, "部長", "庁舎の清掃業務を次のとおり委託したい。\n契約期間: 令和9年4月1日から1年間",
                List.of(new StampedPdf.Stamp("係長", "佐藤", LocalDate.of(2026, 11, 24), false, null, null, false),
                        new StampedPdf.Stamp("課長", "伊藤", LocalDate.of(2026, 11, 25), true, "高橋", LocalDate.of(2026, 11, 30), false),
                        new StampedPdf.Stamp("合議 情報政策課", "鈴木", LocalDate.of(2026, 11, 26), false, null, null, true),
                        new StampedPdf.Stamp("部長", "伊藤", LocalDate.of(2026, 11, 27), false, null, null, false)),
                List.of("仕様書.pdf  e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));

        StampedPdf.Rendered rendered = StampedPdf.render(d);
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            StampedPdf.render(d);
        }
        System.out.printf("stamped record: %.1f ms each%n", (System.nanoTime() - t0) / 20 / 1e6);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "stamped-record.pdf"), rendered.pdf());

        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            if (jp.shokuba.platform.JapanesePdfFont.available()) {
                assertThat(rendered.pdfa()).isTrue();
                assertThat(text).contains("金企第123号", "庁舎清掃業務委託契約", "佐藤", "令8.11.27", "代決", "後閲 高橋", "合議 情報政策課");
                assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8")).contains("pdfaid:part");
                assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
            } else {
                assertThat(rendered.pdfa()).isFalse();
                assertThat(text).contains("NOTICE");
            }
        }
    }

    @Test
    void theSealDateIsTheShortReiwaForm() {
        assertThat(StampedPdf.shortWareki(LocalDate.of(2026, 11, 27))).isEqualTo("令8.11.27");
    }
}
