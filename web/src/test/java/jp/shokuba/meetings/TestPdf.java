package jp.shokuba.meetings;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Meeting materials made in the test: an A4 page per text, the text in the installed Japanese font and a dark
 * block whose place depends on the text, so that pages differ in words and in picture.
 */
final class TestPdf {

    static final List<String> FONTS = List.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf");

    private TestPdf() {
    }

    static byte[] pages(String... texts) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            File fontFile = FONTS.stream().map(File::new).filter(File::canRead).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Japanese font installed"));
            PDType0Font font = PDType0Font.load(doc, fontFile);
            for (String text : texts) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                int h = Math.abs(text.hashCode());
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(60 + h % 300, 100 + (h / 300) % 400, 180, 220);
                    cs.fill();
                    cs.beginText();
                    cs.setFont(font, 16);
                    cs.newLineAtOffset(60, 760);
                    int line = 0;
                    for (String l : text.split("\n")) {
                        if (line++ > 0) {
                            cs.newLineAtOffset(0, -24);
                        }
                        cs.showText(l);
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A body of {@code multipart/form-data} with one file field {@code file}. */
    static Multipart multipart(String fileName, byte[] content) {
        String boundary = "----shokuba" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    record Multipart(String contentType, byte[] body) {
    }
}
