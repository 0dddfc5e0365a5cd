package jp.shokuba.records.infrastructure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.shokuba.records.domain.PageText;
import jp.shokuba.records.domain.PersonalData;
import jp.shokuba.records.domain.TextLine;

/**
 * Turns a page image into a {@link PageText}: OCR, the lines joined as Japanese is written (a blank only
 * between two Latin words), My Numbers masked in the text and blacked out in the image before anything of the
 * page is kept. The page image is kept twice as JPEG: full size for the searchable PDF, small for previews.
 */
public final class PageReading {

    /** What one page leaves: the text and the redacted images. */
    public record Read(PageText page, byte[] archiveJpeg, int width, int height) {
    }

    private PageReading() {
    }

    public static Read ocr(int number, BufferedImage image, Tesseract tesseract) throws IOException {
        if (PageImages.blank(image)) {
            return finish(number, image, "", List.of(), "blank", 0, PersonalData.scan(""));
        }
        Tesseract.Reading reading = tesseract.read(image);
        StringBuilder text = new StringBuilder();
        List<int[]> wordRanges = new ArrayList<>();
        List<Tesseract.Word> words = new ArrayList<>();
        List<int[]> lineRanges = new ArrayList<>();
        for (Tesseract.Line line : reading.lines()) {
            int lineStart = text.length();
            for (Tesseract.Word w : line.words()) {
                if (text.length() > lineStart && latinEnd(text) && latinStart(w.text())) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(w.text());
                wordRanges.add(new int[] {start, text.length()});
                words.add(w);
            }
            lineRanges.add(new int[] {lineStart, text.length()});
            text.append('\n');
        }
        PersonalData.Found found = PersonalData.scan(text.toString());
        redact(image, found.maskedRanges(), wordRanges, words);
        List<TextLine> lines = new ArrayList<>();
        double w = image.getWidth();
        double h = image.getHeight();
        for (int i = 0; i < reading.lines().size(); i++) {
            Tesseract.Line l = reading.lines().get(i);
            int[] r = lineRanges.get(i);
            lines.add(new TextLine(found.masked().substring(r[0], r[1]), l.left() / w, l.top() / h,
                    (l.right() - l.left()) / w, (l.bottom() - l.top()) / h));
        }
        return finish(number, image, found.masked().strip(), lines, reading.language(), reading.confidence(), found);
    }

    /** A born-digital page: its text from the text layer; the image only for the preview. */
    public static Read text(int number, BufferedImage image, String text) throws IOException {
        PersonalData.Found found = PersonalData.scan(text);
        return finish(number, image, found.masked(), List.of(), "text", 100, found);
    }

    private static Read finish(int number, BufferedImage image, String text, List<TextLine> lines, String source,
                               double confidence, PersonalData.Found found) throws IOException {
        byte[] archive = image == null ? null : PageImages.jpeg(image, image.getWidth(), 0.6f);
        byte[] preview = image == null ? null : PageImages.jpeg(image, 1000, 0.75f);
        PageText page = new PageText(number, text, lines, source, confidence, preview, found.myNumbers(),
                found.kinds());
        return new Read(page, archive, image == null ? 0 : image.getWidth(), image == null ? 0 : image.getHeight());
    }

    private static void redact(BufferedImage image, List<int[]> masked, List<int[]> wordRanges,
                               List<Tesseract.Word> words) {
        if (masked.isEmpty()) {
            return;
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        for (int[] m : masked) {
            for (int i = 0; i < words.size(); i++) {
                int[] r = wordRanges.get(i);
                if (r[0] < m[1] && r[1] > m[0]) {
                    Tesseract.Word w = words.get(i);
                    g.fillRect(w.left() - 3, w.top() - 3, w.width() + 6, w.height() + 6);
                }
            }
        }
        g.dispose();
    }

    private static boolean latinEnd(CharSequence s) {
        char c = s.charAt(s.length() - 1);
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean latinStart(String s) {
        char c = s.charAt(0);
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
