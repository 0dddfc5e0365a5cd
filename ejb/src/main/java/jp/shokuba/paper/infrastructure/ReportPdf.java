package jp.shokuba.paper.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import jp.shokuba.platform.JapanesePdfFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A plain A4 report of headed lines and tables in the Japanese font of every Shokuba PDF
 * ({@link JapanesePdfFont}). Rendering is serialised: the parsed font is shared.
 */
public final class ReportPdf {

    public record Table(List<String> headings, List<Float> widths, List<List<String>> rows) {
    }

    public record Section(String heading, List<String> lines, Table table) {
    }

    private static final JapanesePdfFont FONT = new JapanesePdfFont();

    private ReportPdf() {
    }

    public static synchronized byte[] render(String title, List<Section> sections) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = FONT.embedIn(pdf);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Shokuba");
            new Writer(pdf, font, JapanesePdfFont.available()).write(title, sections);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static final class Writer {
        private static final float MARGIN = 50;
        private final PDDocument pdf;
        private final PDFont font;
        private final boolean japanese;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument pdf, PDFont font, boolean japanese) {
            this.pdf = pdf;
            this.font = font;
            this.japanese = japanese;
        }

        void write(String title, List<Section> sections) throws IOException {
            newPage();
            text(title, 16, MARGIN);
            y -= 10;
            for (Section s : sections) {
                need(60);
                text(s.heading(), 12, MARGIN);
                for (String line : s.lines()) {
                    need(16);
                    text(line, 9.5f, MARGIN + 8);
                }
                if (s.table() != null) {
                    table(s.table());
                }
                y -= 8;
            }
            content.close();
        }

        private void table(Table t) throws IOException {
            need(30);
            row(t.headings(), t.widths(), true);
            for (List<String> r : t.rows()) {
                need(16);
                row(r, t.widths(), false);
            }
        }

        private void row(List<String> cells, List<Float> widths, boolean heading) throws IOException {
            float x = MARGIN + 8;
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                float size = 8.5f;
                float width = font.getStringWidth(safe(cell)) / 1000 * size;
                // numbers (every column but the first) are right-aligned
                float at = i == 0 ? x : x + widths.get(i) - width - 4;
                textAt(cell, size, at, y);
                x += widths.get(i);
            }
            y -= 14;
            if (heading) {
                content.moveTo(MARGIN + 8, y + 10);
                content.lineTo(MARGIN + 8 + widths.stream().reduce(0f, Float::sum), y + 10);
                content.stroke();
            }
        }

        private void text(String s, float size, float x) throws IOException {
            textAt(s, size, x, y);
            y -= size + 6;
        }

        private void textAt(String s, float size, float x, float at) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, at);
            content.showText(safe(s));
            content.endText();
        }

        /** Subscript digits (CO₂) as plain ones; any other character the font lacks as "?". */
        private String safe(String s) {
            String text = s.replace('₂', '2');
            if (!japanese) {
                return text.replaceAll("[^\\x20-\\x7E]", "?");
            }
            StringBuilder b = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                try {
                    font.encode(c);
                    b.append(c);
                } catch (IOException | IllegalArgumentException missing) {
                    b.append('?');
                }
            });
            return b.toString();
        }

        private void need(float height) throws IOException {
            if (y - height < MARGIN) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }
    }
}
