package jp.shokuba.records.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import jp.shokuba.records.domain.MyNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Generates city-hall paper: {@link #invoice}, {@link #application} (with a My Number in 4-4-4 form or one digit
 * per box, and a decoy whose check digit is wrong), {@link #letter} (縦書き), and renders it as a scan (grey,
 * A4, skewed by a fraction of a degree, speckled) or as a born-digital PDF. Same seed, same paper.
 */
public final class ScannedPaper {

    private static final String[] COMPANIES = {"株式会社ほくりく印刷", "北陸システム株式会社", "有限会社金沢文具",
            "株式会社兼六設備", "加賀電機株式会社", "株式会社香林坊建設", "浅野川物産株式会社", "株式会社白山データ"};
    private static final String[] FAMILY = {"山田", "田中", "佐藤", "鈴木", "高橋", "伊藤", "渡辺", "中村", "小林", "松本"};
    private static final String[] GIVEN = {"花子", "太郎", "健一", "一郎", "美咲", "直樹", "陽子", "誠", "聡", "真理"};
    private static final String[] ITEMS = {"コピー用紙", "トナーカートリッジ", "会議用テーブル", "パソコン保守",
            "清掃業務委託", "印刷製本", "蛍光灯交換", "封筒印刷"};
    private static final String[] APPLICATIONS = {"住民票の写し等交付申請書", "個人番号カード交付申請書",
            "児童手当認定請求書", "印鑑登録申請書"};
    private static final String[] TOWNS = {"広坂", "長町", "本多町", "東山", "寺町", "石引", "片町", "駅西本町"};
    private static final String[] FONTS = {"/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"};
    private static volatile Font base;

    private ScannedPaper() {
    }

    public static String yen(long amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }

    public static PaperDocument invoice(Random r, int n) {
        String company = pick(r, COMPANIES);
        String item = pick(r, ITEMS);
        int qty = 1 + r.nextInt(120);
        long unit = (1 + r.nextInt(900)) * 100L + r.nextInt(10) * 10L;
        long net = qty * unit;
        long other = (1 + r.nextInt(50)) * 1000L;
        long tax = (net + other) / 10;
        long total = net + other + tax;
        int month = 1 + r.nextInt(12);
        List<String> lines = List.of(
                "請求書",
                "令和6年" + month + "月" + (1 + r.nextInt(28)) + "日",
                "金沢市長 様",
                company,
                "〒920-" + (1000 + r.nextInt(8999)) + " 石川県金沢市" + pick(r, TOWNS) + (1 + r.nextInt(5)) + "丁目"
                        + (1 + r.nextInt(20)) + "番" + (1 + r.nextInt(20)) + "号",
                "電話 076-" + (200 + r.nextInt(700)) + "-" + (1000 + r.nextInt(8999)),
                "下記のとおりご請求申し上げます。",
                "件名 " + item + "の納入 (請求番号 " + (10000 + n) + ")",
                "請求金額 ¥" + yen(total) + " (税込)",
                "品名 " + item + " 数量 " + qty + " 単価 " + yen(unit) + " 金額 " + yen(net),
                "配送費 " + yen(other) + "円",
                "消費税 (10%) " + yen(tax) + "円",
                "合計 " + yen(total) + "円",
                "振込先 北國銀行 本店 普通 " + (1000000 + r.nextInt(8999999)),
                "担当 " + pick(r, FAMILY) + " " + pick(r, GIVEN));
        return new PaperDocument("invoice", "invoice-" + n + ".pdf", "請求書", company, total, null, List.of(),
                List.of(), false, lines);
    }

    public static PaperDocument application(Random r, int n) {
        String title = pick(r, APPLICATIONS);
        String name = pick(r, FAMILY) + " " + pick(r, GIVEN);
        String myNumber = MyNumber.complete(String.format("%011d", (long) (r.nextDouble() * 99_999_999_999L)));
        String decoyBase = String.format("%011d", (long) (r.nextDouble() * 99_999_999_999L));
        String decoy = decoyBase + ((MyNumber.checkDigit(decoyBase) + 1 + r.nextInt(8)) % 10);
        boolean boxes = n % 2 == 1;
        String written = boxes ? String.join(" ", myNumber.split(""))
                : myNumber.substring(0, 4) + " " + myNumber.substring(4, 8) + " " + myNumber.substring(8);
        List<String> lines = List.of(
                title,
                "令和6年" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日",
                "金沢市長 様",
                "申請者 氏名 " + name,
                "生年月日 昭和" + (40 + r.nextInt(20)) + "年" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日",
                "住所 石川県金沢市" + pick(r, TOWNS) + (1 + r.nextInt(5)) + "丁目" + (1 + r.nextInt(30)) + "番地",
                "電話番号 090-" + (1000 + r.nextInt(8999)) + "-" + (1000 + r.nextInt(8999)),
                "個人番号 " + written,
                "受付番号 " + decoy,
                "請求の理由 本人確認のため",
                "上記のとおり申請します。");
        return new PaperDocument("application", "application-" + n + ".pdf", title, null, null, name,
                List.of(myNumber), List.of(decoy), false, lines);
    }

    public static PaperDocument letter(Random r, int n) {
        String name = pick(r, FAMILY) + pick(r, GIVEN);
        List<String> lines = List.of(
                "拝啓 秋冷の候 貴職におかれましては",
                "ますますご清栄のこととお喜び申し上げます",
                "さて 先日ご相談いたしました公民館の",
                "利用について 下記のとおりお願いいたします",
                "町内会の防災訓練に使わせていただきたく",
                "よろしくお取り計らいください",
                "敬具",
                "令和六年十一月" + (1 + r.nextInt(20)) + "日",
                pick(r, TOWNS) + "町内会長 " + name);
        return new PaperDocument("letter", "letter-" + n + ".pdf", "書簡", null, null, name, List.of(), List.of(),
                true, lines);
    }

    /** A mix for a corpus: of every five, two invoices, two applications and one vertical letter. */
    public static PaperDocument any(Random r, int n) {
        return switch (n % 5) {
            case 0, 3 -> invoice(r, n);
            case 1, 4 -> application(r, n);
            default -> letter(r, n);
        };
    }

    /** The document as scanned: grey A4 at {@code dpi}, skewed by up to {@code maxSkewDegrees}, with speckles. */
    public static BufferedImage scan(PaperDocument d, int dpi, double maxSkewDegrees, long seed) {
        Random r = new Random(seed);
        int w = (int) Math.round(8.27 * dpi);
        int h = (int) Math.round(11.69 * dpi);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double skew = (r.nextDouble() * 2 - 1) * maxSkewDegrees;
        g.rotate(Math.toRadians(skew), w / 2.0, h / 2.0);
        g.setColor(new Color(25, 25, 25));
        float px = dpi / 72f;
        if (d.vertical()) {
            drawVertical(g, d, w, h, px);
        } else {
            drawHorizontal(g, d, w, px);
        }
        g.dispose();
        speckle(img, r, w * h / 4000);
        return img;
    }

    private static void drawHorizontal(Graphics2D g, PaperDocument d, int w, float px) {
        Font body = font().deriveFont(12f * px);
        Font title = font().deriveFont(20f * px);
        float y = 90 * px;
        float left = 60 * px;
        for (int i = 0; i < d.lines().size(); i++) {
            String line = d.lines().get(i);
            if (i == 0) {
                g.setFont(title);
                int tw = g.getFontMetrics().stringWidth(line);
                g.drawString(line, (w - tw) / 2f, y);
                y += 40 * px;
                continue;
            }
            g.setFont(body);
            if (line.startsWith("個人番号 ") && line.length() > 5 + 14) {
                // one digit per box, as on the city's forms
                String label = "個人番号 ";
                g.drawString(label, left, y);
                float x = left + g.getFontMetrics().stringWidth(label);
                g.setStroke(new BasicStroke(px * 0.8f));
                for (String digit : line.substring(label.length()).split(" ")) {
                    g.drawRect((int) x, (int) (y - 13 * px), (int) (16 * px), (int) (17 * px));
                    g.drawString(digit, x + 4 * px, y);
                    x += 16 * px;
                }
            } else {
                g.drawString(line, left, y);
            }
            y += 26 * px;
        }
    }

    private static void drawVertical(Graphics2D g, PaperDocument d, int w, int h, float px) {
        Font body = font().deriveFont(15f * px);
        g.setFont(body);
        float size = 15f * px;
        float x = w - 80 * px;
        for (String column : d.lines()) {
            float y = 80 * px;
            for (int i = 0; i < column.length(); i++) {
                String c = column.substring(i, i + 1);
                if (!c.equals(" ")) {
                    int cw = g.getFontMetrics().stringWidth(c);
                    g.drawString(c, x + (size - cw) / 2f, y + size);
                }
                y += size * 1.15f;
            }
            x -= size * 1.9f;
        }
    }

    private static void speckle(BufferedImage img, Random r, int count) {
        var raster = img.getRaster();
        for (int i = 0; i < count; i++) {
            int x = r.nextInt(img.getWidth());
            int y = r.nextInt(img.getHeight());
            raster.setSample(x, y, 0, r.nextInt(120));
        }
    }

    public static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scanned pages as one image-only PDF, as an MFP's scan-to-folder writes it. */
    public static byte[] scannedPdf(List<BufferedImage> pages, int dpi) {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage img : pages) {
                PDPage page = new PDPage(new PDRectangle(img.getWidth() * 72f / dpi, img.getHeight() * 72f / dpi));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(JPEGFactory.createFromImage(doc, img, 0.85f), 0, 0, page.getMediaBox().getWidth(),
                            page.getMediaBox().getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as a born-digital PDF with an embedded (CID) Japanese font, one or more pages of it. */
    public static byte[] bornDigitalPdf(List<PaperDocument> pages) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = PDType0Font.load(doc, fontFile());
            for (PaperDocument d : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 780;
                    for (String line : d.lines()) {
                        cs.beginText();
                        cs.setFont(f, 11);
                        cs.newLineAtOffset(60, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 22;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lossless image PDF page, for tests that need exact pixels. */
    public static byte[] losslessPdf(BufferedImage img, int dpi) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(img.getWidth() * 72f / dpi, img.getHeight() * 72f / dpi));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, 0, page.getMediaBox().getWidth(),
                        page.getMediaBox().getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File fontFile() {
        for (String f : FONTS) {
            File file = new File(f);
            if (file.isFile()) {
                return file;
            }
        }
        throw new IllegalStateException("no Japanese font: apt-get install fonts-ipaexfont-gothic");
    }

    private static Font font() {
        if (base == null) {
            try {
                base = Font.createFont(Font.TRUETYPE_FONT, fontFile());
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return base;
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

}
