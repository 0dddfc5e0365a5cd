package jp.shokuba.meetings.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A material written by PDFBox for the demo city hall: one A4 page per list of lines, in the Japanese font if any. */
public final class SampleMaterial {

    private SampleMaterial() {
    }

    public static byte[] pages(List<List<String>> pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            File ttf = List.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
                    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf").stream().map(File::new)
                    .filter(File::canRead).findFirst().orElse(null);
            PDFont font = ttf == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA) : PDType0Font.load(doc, ttf);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 18);
                    cs.newLineAtOffset(60, 770);
                    for (String line : lines) {
                        cs.showText(ttf == null ? line.replaceAll("[^\\x20-\\x7e]", "?") : line);
                        cs.newLineAtOffset(0, -30);
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the sample material", e);
        }
    }
}
