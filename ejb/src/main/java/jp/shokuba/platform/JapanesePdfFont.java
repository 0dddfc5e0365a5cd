package jp.shokuba.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The Japanese TrueType font of the PDFs Shokuba writes: {@code SHOKUBA_PDF_FONT} (or {@code -Dshokuba.pdf.font}),
 * else Debian's IPAex/IPA gothic. Without one, PDFs are still written, in Helvetica (Latin text only).
 *
 * <p>One instance per renderer: it keeps its parsed font, which a document still reads when it is saved (the
 * subset is made then), so the renderer that owns the instance serialises its renderings.
 */
public final class JapanesePdfFont {

    private static final Logger LOG = Logger.getLogger(JapanesePdfFont.class.getName());
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf");

    private static volatile Optional<Path> file;

    private TrueTypeFont parsed;

    /** The font file in use, if any; looked up once. */
    public static synchronized Optional<Path> file() {
        if (file == null) {
            List<String> candidates = new ArrayList<>();
            String configured = System.getProperty("shokuba.pdf.font", System.getenv("SHOKUBA_PDF_FONT"));
            if (configured != null && !configured.isBlank()) {
                candidates.add(configured);
            }
            candidates.addAll(CANDIDATES);
            file = candidates.stream().map(Path::of).filter(Files::isReadable).findFirst();
            if (file.isEmpty()) {
                LOG.warning("no Japanese TrueType font found (" + candidates + "); PDFs are written without "
                        + "Japanese text (approved records not as PDF/A). Install fonts-ipaexfont-gothic or set SHOKUBA_PDF_FONT.");
            }
        }
        return file;
    }

    public static boolean available() {
        return file().isPresent();
    }

    /** The font embedded (as a subset) in {@code pdf}: the Japanese one, or Helvetica when there is none. */
    public synchronized PDFont embedIn(PDDocument pdf) throws IOException {
        Optional<Path> font = file();
        if (font.isEmpty()) {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
        if (parsed == null) {
            parsed = new TTFParser().parse(new RandomAccessReadBufferedFile(font.get().toFile()));
            // horizontal Japanese needs no glyph substitution, and applying GSUB to every string took
            // 60% of the rendering time (46 ms → 18 ms a record)
            parsed.getTableMap().remove("GSUB");
        }
        return PDType0Font.load(pdf, parsed, true);
    }
}
