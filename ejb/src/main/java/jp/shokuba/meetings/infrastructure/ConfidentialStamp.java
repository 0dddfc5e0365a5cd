package jp.shokuba.meetings.infrastructure;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/** Draws a confidential material's mark on one page: large and faint across it, small and plain along its foot. */
final class ConfidentialStamp {

    private static final float ACROSS_OPACITY = 0.16f;
    private static final float FOOT_SIZE = 8f;
    private static final float MARGIN = 18f;

    private ConfidentialStamp() {
    }

    static void draw(PDDocument doc, PDPage page, PDFont font, String mark) throws IOException {
        String text = printable(font, mark);
        PDRectangle box = page.getCropBox();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true,
                true)) {
            across(cs, box, font, text);
            foot(cs, box, font, text);
        }
    }

    private static void across(PDPageContentStream cs, PDRectangle box, PDFont font, String text) throws IOException {
        double diagonal = Math.hypot(box.getWidth(), box.getHeight());
        float unitWidth = font.getStringWidth(text) / 1000f;
        float size = (float) Math.min(48, diagonal * 0.8 / Math.max(unitWidth, 1f));
        double angle = Math.atan2(box.getHeight(), box.getWidth());
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(ACROSS_OPACITY);
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(faint);
        cs.setNonStrokingColor(0.8f, 0f, 0f);
        cs.beginText();
        cs.setFont(font, size);
        float half = unitWidth * size / 2;
        float cx = box.getLowerLeftX() + box.getWidth() / 2;
        float cy = box.getLowerLeftY() + box.getHeight() / 2;
        cs.setTextMatrix(new Matrix((float) Math.cos(angle), (float) Math.sin(angle), (float) -Math.sin(angle),
                (float) Math.cos(angle), cx - half * (float) Math.cos(angle), cy - half * (float) Math.sin(angle)));
        cs.showText(text);
        cs.endText();
        cs.restoreGraphicsState();
    }

    private static void foot(PDPageContentStream cs, PDRectangle box, PDFont font, String text) throws IOException {
        cs.saveGraphicsState();
        cs.setNonStrokingColor(0.55f, 0f, 0f);
        cs.beginText();
        cs.setFont(font, FOOT_SIZE);
        cs.newLineAtOffset(box.getLowerLeftX() + MARGIN, box.getLowerLeftY() + MARGIN / 2);
        cs.showText(text);
        cs.endText();
        cs.restoreGraphicsState();
    }

    /** The mark, or without a Japanese font (Helvetica only) its Latin part: the login and the time stay on the page. */
    private static String printable(PDFont font, String mark) {
        try {
            font.encode(mark);
            return mark;
        } catch (IOException | IllegalArgumentException notEncodable) {
            return "CONFIDENTIAL " + mark.replaceAll("[^\\x20-\\x7E]+", " ").trim();
        }
    }
}
