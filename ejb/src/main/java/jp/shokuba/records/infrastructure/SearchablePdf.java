package jp.shokuba.records.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jp.shokuba.records.domain.TextLine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The searchable archive copy: each page the (redacted) scan, with the masked text laid over it invisibly, line
 * by line in the line's box, so that selecting and searching in any PDF reader finds what the index finds and
 * never a My Number. Text a page has without boxes (a born-digital page) is laid down line after line from the
 * top. The font is IPAex Gothic (Debian fonts-ipaexfont-gothic) embedded as a subset.
 */
public final class SearchablePdf {

    private static final Logger LOG = Logger.getLogger(SearchablePdf.class.getName());
    private static final List<String> FONTS = List.of(
            "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf");

    /** One page of the copy: the JPEG scan at {@code dpi}, its text lines, or plain text without boxes. */
    public record Page(byte[] jpeg, int width, int height, float dpi, List<TextLine> lines, String text) {
    }

    private SearchablePdf() {
    }

    public static byte[] build(List<Page> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = font(doc);
            for (Page p : pages) {
                float w = p.width / p.dpi * 72f;
                float h = p.height / p.dpi * 72f;
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    PDImageXObject image = JPEGFactory.createFromByteArray(doc, p.jpeg);
                    cs.drawImage(image, 0, 0, w, h);
                    if (font != null) {
                        List<TextLine> lines = p.lines.isEmpty() ? stacked(p.text) : p.lines;
                        for (TextLine line : lines) {
                            write(cs, font, line, w, h);
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<TextLine> stacked(String text) {
        List<TextLine> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        double y = 0.02;
        for (String l : text.split("\n")) {
            if (!l.isBlank() && y < 0.98) {
                lines.add(new TextLine(l, 0.05, y, 0.9, 0.012));
                y += 0.014;
            }
        }
        return lines;
    }

    private static void write(PDPageContentStream cs, PDType0Font font, TextLine line, float pageW, float pageH)
            throws IOException {
        String text = printable(font, line.text());
        if (text.isBlank()) {
            return;
        }
        float boxW = (float) (line.w() * pageW);
        float boxH = (float) (line.h() * pageH);
        float size = Math.max(1f, Math.min(boxH, boxW) * 0.9f);
        float natural = font.getStringWidth(text) / 1000f * size;
        cs.beginText();
        cs.setRenderingMode(RenderingMode.NEITHER);
        cs.setFont(font, size);
        if (natural > 0) {
            cs.setHorizontalScaling(Math.max(1f, boxW / natural * 100f));
        }
        cs.newLineAtOffset((float) (line.x() * pageW), (float) (pageH - line.y() * pageH - boxH * 0.85f));
        cs.showText(text);
        cs.endText();
    }

    private static String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException notInFont) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    private static PDType0Font font(PDDocument doc) throws IOException {
        for (String f : FONTS) {
            Path p = Path.of(f);
            if (Files.isRegularFile(p)) {
                return PDType0Font.load(doc, p.toFile());
            }
        }
        LOG.warning("no Japanese font found: the searchable PDF gets no text layer");
        return null;
    }
}
