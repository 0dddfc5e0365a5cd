package jp.shokuba.approval.infrastructure;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import jp.shokuba.platform.JapanesePdfFont;
import jp.shokuba.platform.Wareki;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Renders an approved document as the record: a PDF/A-2b with an embedded Japanese font, the stamp column
 * (決裁欄) on the first page — a round red seal per decision with the decider's family name and the 令和
 * date, 代決 and 後閲 marks, the consultation (合議) stamps — then the content and the attachments' digests.
 * <p>
 * The font is the first TrueType font found among {@code shokuba.pdf.font} and the Debian IPAex fonts. Without
 * one the PDF is still produced, with Latin text only, a visible notice, and not as PDF/A (a PDF/A file
 * must embed its fonts): the record is never lost for want of a font.
 */
public final class StampedPdf {

    private static final Color SEAL_RED = new Color(0xD7, 0x1F, 0x1F);
    /** The JDK's own sRGB profile, as the output intent PDF/A asks for; read once, it is the same for every record. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final float MARGIN = 48;

    /** One box of the stamp column. */
    public record Stamp(String label, String familyName, LocalDate date, boolean proxy, String approverFamily,
                        LocalDate postReviewedOn, boolean consultation) {
    }

    public record Document(String title, String typeName, String documentNumber, String fiscalYear, String amount,
                           String counterparty, String drafter, String department, LocalDate draftedOn,
                           LocalDate approvedOn, int retentionYears, String filingVolume, int rulesVersion,
                           String finalAuthority, String body, List<Stamp> stamps, List<String> attachments) {
    }

    public record Rendered(byte[] pdf, boolean pdfa) {
    }

    private static final JapanesePdfFont FONT = new JapanesePdfFont();

    /** Rendering shares one parsed font, so it is serialised; it runs after commit, off the request path. */
    public static synchronized Rendered render(Document d) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = FONT.embedIn(pdf);
            boolean japanese = JapanesePdfFont.available();
            new Writer(pdf, font, japanese).write(d);
            if (japanese) {
                makePdfA(pdf, d);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return new Rendered(out.toByteArray(), japanese);
        }
    }

    private static void makePdfA(PDDocument pdf, Document d) throws IOException {
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("Asia/Tokyo"));
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(d.title());
        info.setAuthor(d.drafter());
        info.setSubject(d.documentNumber());
        info.setCreator("Shokuba");
        info.setProducer("Shokuba (Apache PDFBox)");
        info.setCreationDate(now);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(d.title());
        dc.addCreator(d.drafter());
        dc.setDescription(d.documentNumber());
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Shokuba");
        basic.setCreateDate(now);
        xmp.createAndAddAdobePDFSchema().setProducer("Shokuba (Apache PDFBox)");
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
            id.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IOException(e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xml.toByteArray());
        pdf.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
    }

    /** Lays the document out page by page. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDFont font;
        private final boolean japanese;
        private PDPageContentStream out;
        private float y;
        private final float width = PDRectangle.A4.getWidth();
        private final float height = PDRectangle.A4.getHeight();

        Writer(PDDocument pdf, PDFont font, boolean japanese) {
            this.pdf = pdf;
            this.font = font;
            this.japanese = japanese;
        }

        void write(Document d) throws IOException {
            newPage();
            text(MARGIN, y - 4, 9, d.fiscalYear() + "  " + d.filingVolume() + "  保存 " + d.retentionYears() + " 年", Color.DARK_GRAY);
            float stampBottom = stampColumn(d.stamps());
            y = Math.min(y - 40, stampBottom - 16);
            text(MARGIN, y, 20, "決裁文書", Color.BLACK);
            y -= 28;
            if (!japanese) {
                text(MARGIN, y, 9, "NOTICE: no Japanese font installed - text shown in Latin characters only; not PDF/A.", SEAL_RED);
                y -= 16;
            }
            field("文書番号", d.documentNumber());
            field("件名", d.title());
            field("文書種別", d.typeName());
            if (d.amount() != null) {
                field("金額", d.amount());
            }
            if (d.counterparty() != null) {
                field("相手方", d.counterparty());
            }
            field("起案者", d.department() + "  " + d.drafter());
            field("起案日", Wareki.date(d.draftedOn()));
            field("決裁日", Wareki.date(d.approvedOn()));
            field("決裁区分", "専決規程 第" + d.rulesVersion() + "版 ・ 最終決裁 " + d.finalAuthority());
            y -= 8;
            line(MARGIN, y, width - MARGIN, y);
            y -= 18;
            for (String paragraph : d.body().split("\r?\n", -1)) {
                for (String l : wrap(paragraph, 10.5f, width - 2 * MARGIN)) {
                    ensureRoom(16);
                    text(MARGIN, y, 10.5f, l, Color.BLACK);
                    y -= 16;
                }
            }
            if (!d.attachments().isEmpty()) {
                ensureRoom(40);
                y -= 10;
                text(MARGIN, y, 11, "添付ファイル（SHA-256）", Color.BLACK);
                y -= 16;
                for (String a : d.attachments()) {
                    for (String l : wrap(a, 8.5f, width - 2 * MARGIN)) {
                        ensureRoom(13);
                        text(MARGIN, y, 8.5f, l, Color.DARK_GRAY);
                        y -= 13;
                    }
                }
            }
            out.close();
        }

        /** The stamp column at the top right, right to left as on paper: one box per decision. */
        private float stampColumn(List<Stamp> stamps) throws IOException {
            float box = 62;
            float labelHeight = 14;
            float top = height - MARGIN;
            int perRow = (int) ((width - 2 * MARGIN) / box);
            float bottom = top;
            for (int i = 0; i < stamps.size(); i++) {
                Stamp s = stamps.get(i);
                int row = i / perRow;
                int col = i % perRow;
                float x = width - MARGIN - (col + 1) * box;
                float yTop = top - row * (box + labelHeight + 8) - 14;
                float yBottom = yTop - labelHeight - box;
                bottom = Math.min(bottom, yBottom);
                out.setStrokingColor(Color.BLACK);
                out.setLineWidth(0.7f);
                out.addRect(x, yBottom, box, box + labelHeight);
                out.moveTo(x, yTop - labelHeight);
                out.lineTo(x + box, yTop - labelHeight);
                out.stroke();
                float labelSize = Math.min(8, (box - 4) / Math.max(1, font.getStringWidth(printable(s.label())) / 1000));
                centered(x + box / 2, yTop - labelHeight + 4, labelSize, s.label(), Color.BLACK);
                if (s.familyName() != null) {
                    seal(x + box / 2, yBottom + box / 2 + 2, 21, s.familyName(), s.date());
                }
                if (s.proxy()) {
                    text(x + 3, yBottom + 3, 7, "代決", SEAL_RED);
                    if (s.postReviewedOn() != null) {
                        text(x + box - 30, yBottom + 3, 7, "後閲 " + s.approverFamily(), SEAL_RED);
                    } else {
                        text(x + box - 26, yBottom + 3, 7, "後閲未", Color.GRAY);
                    }
                }
            }
            return bottom;
        }

        /** A round red seal (印影): double ring, the family name above, the 令和 date below. */
        private void seal(float cx, float cy, float r, String family, LocalDate date) throws IOException {
            out.setStrokingColor(SEAL_RED);
            out.setLineWidth(1.4f);
            circle(cx, cy, r);
            out.setLineWidth(0.5f);
            circle(cx, cy, r - 2.5f);
            out.moveTo(cx - r + 3, cy - 3);
            out.lineTo(cx + r - 3, cy - 3);
            out.stroke();
            String name = family.length() > 3 ? family.substring(0, 3) : family;
            centered(cx, cy + 2, name.length() <= 2 ? 11 : 9, name, SEAL_RED);
            centered(cx, cy - 12, 6.5f, shortWareki(date), SEAL_RED);
        }

        private void circle(float cx, float cy, float r) throws IOException {
            float k = 0.552284749831f * r;
            out.moveTo(cx + r, cy);
            out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            out.closePath();
            out.stroke();
        }

        private void field(String label, String value) throws IOException {
            List<String> lines = wrap(value == null ? "" : value, 11, width - 2 * MARGIN - 80);
            for (int i = 0; i < lines.size(); i++) {
                ensureRoom(18);
                if (i == 0) {
                    text(MARGIN, y, 10, label, Color.DARK_GRAY);
                }
                text(MARGIN + 80, y, 11, lines.get(i), Color.BLACK);
                y -= 18;
            }
        }

        private void ensureRoom(float needed) throws IOException {
            if (y - needed < MARGIN) {
                out.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            out = new PDPageContentStream(pdf, page);
            y = height - MARGIN;
        }

        private void line(float x1, float y1, float x2, float y2) throws IOException {
            out.setStrokingColor(Color.LIGHT_GRAY);
            out.setLineWidth(0.5f);
            out.moveTo(x1, y1);
            out.lineTo(x2, y2);
            out.stroke();
        }

        private void text(float x, float yy, float size, String s, Color color) throws IOException {
            out.beginText();
            out.setNonStrokingColor(color);
            out.setFont(font, size);
            out.newLineAtOffset(x, yy);
            out.showText(printable(s));
            out.endText();
        }

        private void centered(float cx, float yy, float size, String s, Color color) throws IOException {
            String p = printable(s);
            text(cx - font.getStringWidth(p) / 1000 * size / 2, yy, size, p, color);
        }

        private List<String> wrap(String s, float size, float maxWidth) throws IOException {
            String p = printable(s);
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < p.length(); ) {
                int cp = p.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (font.getStringWidth(current + ch) / 1000 * size > maxWidth && current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                current.append(ch);
                i += Character.charCount(cp);
            }
            lines.add(current.toString());
            return lines;
        }

        /** Characters the font cannot show become '?', so one odd character never loses the record. */
        private String printable(String s) {
            StringBuilder b = new StringBuilder();
            s.replace("\t", "    ").codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    b.append(ch);
                } catch (IllegalArgumentException | IOException unsupported) {
                    b.append('?');
                }
            });
            return b.toString();
        }
    }

    /** 令8.11.27, as date stamps show the era year. */
    static String shortWareki(LocalDate day) {
        JapaneseDate j = JapaneseDate.from(day);
        String era = j.getEra().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.JAPAN);
        return era.substring(0, 1) + j.get(ChronoField.YEAR_OF_ERA) + "." + day.getMonthValue() + "." + day.getDayOfMonth();
    }
}
