package jp.shokuba.meetings.infrastructure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.shokuba.meetings.domain.Annotation;
import jp.shokuba.meetings.domain.PagePrint;
import jp.shokuba.meetings.domain.Points;
import jp.shokuba.platform.JapanesePdfFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationInk;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads materials and writes notes into them with PDFBox. A file PDFBox cannot open, or one that is encrypted or has
 * no page, is refused with the reason; nothing about it is kept.
 */
public final class PdfMaterials {

    /** Shared by every export; {@link JapanesePdfFont} wants its documents saved one at a time. */
    private static final JapanesePdfFont FONT = new JapanesePdfFont();

    private PdfMaterials() {
    }

    /** A PDF that cannot be a material, and why (in Japanese, for the person who uploaded it). */
    public static final class NotAPdf extends Exception {
        public NotAPdf(String reason) {
            super(reason);
        }
    }

    public record Inspected(int pages, List<PagePrint> prints) {
    }

    public static Inspected inspect(byte[] bytes) throws NotAPdf {
        if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new NotAPdf("PDF ファイルではありません（先頭が %PDF- ではありません）");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                throw new NotAPdf("パスワードで保護された PDF は配布できません");
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new NotAPdf("ページのない PDF です");
            }
            PDFTextStripper text = new PDFTextStripper();
            PDFRenderer renderer = new PDFRenderer(doc);
            List<PagePrint> prints = new ArrayList<>(pages);
            for (int p = 1; p <= pages; p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                prints.add(PagePrint.of(text.getText(doc), averageHash(renderer, p - 1, doc.getPage(p - 1))));
            }
            return new Inspected(pages, prints);
        } catch (IOException | RuntimeException e) {
            throw new NotAPdf("PDF として読めません（壊れているか、PDF ではありません）: " + e.getMessage());
        }
    }

    /** The page drawn at about 32 px wide, shrunk to 8×8 grey values; a bit is set where a cell is darker than the mean. */
    private static long averageHash(PDFRenderer renderer, int index, PDPage page) throws IOException {
        float scale = Math.max(0.02f, 32f / Math.max(1f, page.getCropBox().getWidth()));
        BufferedImage image = renderer.renderImage(index, scale, ImageType.GRAY);
        double[] cells = new double[64];
        int w = image.getWidth();
        int h = image.getHeight();
        int[] counts = new int[64];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int cell = Math.min(7, y * 8 / h) * 8 + Math.min(7, x * 8 / w);
                cells[cell] += image.getRaster().getSample(x, y, 0);
                counts[cell]++;
            }
        }
        double mean = 0;
        for (int i = 0; i < 64; i++) {
            cells[i] = counts[i] == 0 ? 255 : cells[i] / counts[i];
            mean += cells[i] / 64;
        }
        long hash = 0;
        for (int i = 0; i < 64; i++) {
            if (cells[i] < mean) {
                hash |= 1L << i;
            }
        }
        return hash;
    }

    /** The material with the given notes as standard PDF annotations; orphaned notes are left out. */
    public static byte[] export(byte[] pdf, List<Annotation> notes) throws IOException {
        synchronized (FONT) {
            return exportLocked(pdf, notes);
        }
    }

    private static byte[] exportLocked(byte[] pdf, List<Annotation> notes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFont font = JapanesePdfFont.available() ? FONT.embedIn(doc) : null;
            for (Annotation a : notes) {
                if (a.orphaned() || a.page() > doc.getNumberOfPages()) {
                    continue;
                }
                PDPage page = doc.getPage(a.page() - 1);
                page.getAnnotations().add(annotation(doc, a, font));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PDAnnotation annotation(PDDocument doc, Annotation a, PDFont font) throws IOException {
        List<float[]> points = Points.decode(a.points());
        float half = Math.max(1f, a.width() / 2);
        PDRectangle box = bounds(points, half);
        PDColor color = color(a.color());
        PDAnnotationMarkup m = switch (a.kind()) {
            case INK -> {
                PDAnnotationInk ink = new PDAnnotationInk();
                float[] path = new float[points.size() * 2];
                for (int i = 0; i < points.size(); i++) {
                    path[2 * i] = points.get(i)[0];
                    path[2 * i + 1] = points.get(i)[1];
                }
                ink.setInkList(new float[][] {path});
                PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                border.setWidth(a.width());
                ink.setBorderStyle(border);
                yield ink;
            }
            case HIGHLIGHT -> {
                PDAnnotationHighlight hl = new PDAnnotationHighlight();
                hl.setQuadPoints(new float[] {box.getLowerLeftX(), box.getUpperRightY(), box.getUpperRightX(),
                        box.getUpperRightY(), box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(),
                        box.getLowerLeftY()});
                hl.setConstantOpacity(0.4f);
                yield hl;
            }
            case TEXT -> {
                PDAnnotationText note = new PDAnnotationText();
                note.setName(PDAnnotationText.NAME_COMMENT);
                float[] p = points.get(0);
                box = new PDRectangle(p[0], p[1] - 20, 20, 20);
                yield note;
            }
            case STAMP -> {
                PDAnnotationRubberStamp stamp = new PDAnnotationRubberStamp();
                stamp.setName("✓".equals(a.text()) || "確認".equals(a.text()) ? PDAnnotationRubberStamp.NAME_APPROVED
                        : PDAnnotationRubberStamp.NAME_FOR_COMMENT);
                float[] p = points.get(0);
                box = new PDRectangle(p[0], p[1] - 24, 24 + 14 * a.text().length(), 24);
                yield stamp;
            }
        };
        m.setRectangle(box);
        m.setColor(color);
        m.setTitlePopup(a.author());
        m.setContents(a.text() == null ? "" : a.text());
        m.setAnnotationName("shokuba-" + a.id());
        Calendar when = Calendar.getInstance();
        when.setTimeInMillis(a.createdAt().toEpochMilli());
        m.setCreationDate(when);
        m.setModifiedDate(when);
        m.setPrinted(true);
        if (m instanceof PDAnnotationRubberStamp stamp) {
            stamp.setAppearance(stampAppearance(doc, box, color, a.text(), font));
        } else {
            m.constructAppearances(doc);
        }
        return m;
    }

    private static PDAppearanceDictionary stampAppearance(PDDocument doc, PDRectangle box, PDColor color, String text,
                                                          PDFont font) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
        stream.setResources(new PDResources());
        try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
            cs.setStrokingColor(color);
            cs.setNonStrokingColor(color);
            cs.setLineWidth(2);
            cs.addRect(1, 1, box.getWidth() - 2, box.getHeight() - 2);
            cs.stroke();
            if (font != null) {
                cs.beginText();
                cs.setFont(font, 14);
                cs.newLineAtOffset(6, 6);
                cs.showText(text);
                cs.endText();
            }
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    /**
     * Every page with {@code mark} written large across it, faint, and small along its foot, as page content (not an
     * annotation) so that a reader cannot hide it and a printer prints it.
     */
    public static byte[] watermark(byte[] pdf, String mark) throws IOException {
        synchronized (FONT) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFont font = FONT.embedIn(doc);
                for (PDPage page : doc.getPages()) {
                    ConfidentialStamp.draw(doc, page, font, mark);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
                doc.save(out);
                return out.toByteArray();
            }
        }
    }

    private static PDRectangle bounds(List<float[]> points, float pad) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] p : points) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        return new PDRectangle(minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad);
    }

    private static PDColor color(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new PDColor(new float[] {(rgb >> 16 & 255) / 255f, (rgb >> 8 & 255) / 255f, (rgb & 255) / 255f},
                PDDeviceRGB.INSTANCE);
    }
}
