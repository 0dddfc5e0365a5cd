package jp.shokuba.records.infrastructure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Page images: PDF pages rendered with PDFBox at 300 dpi in grey (lower for pages larger than A3, so that a
 * page of absurd size cannot take the heap), the frames of TIFF, JPEG and PNG scans read with ImageIO after
 * their size was checked from the header alone.
 */
public final class PageImages {

    public static final int DPI = 300;
    /** An A3 page at 300 dpi has 17.4 million pixels; a scan larger than this is refused, not decoded. */
    public static final long MAX_PIXELS = 60_000_000L;

    private PageImages() {
    }

    public static BufferedImage render(PDDocument pdf, int pageIndex) throws IOException {
        PDRectangle box = pdf.getPage(pageIndex).getCropBox();
        double pixels = (box.getWidth() / 72.0 * DPI) * (box.getHeight() / 72.0 * DPI);
        float dpi = pixels > MAX_PIXELS / 3.0 ? (float) (DPI * Math.sqrt(MAX_PIXELS / 3.0 / pixels)) : DPI;
        return new PDFRenderer(pdf).renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
    }

    /** The number of frames of a scan, refusing images too large to decode. */
    public static int frames(byte[] bytes, int maxFrames) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            try {
                reader.setInput(in, false, true);
                int n = reader.getNumImages(true);
                if (n > maxFrames) {
                    throw new IntakeRefusal("ページ数が多すぎます（" + n + " ページ、上限 " + maxFrames
                            + " ページ）。分けてスキャンしてください。");
                }
                for (int i = 0; i < n; i++) {
                    long px = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (px > MAX_PIXELS) {
                        throw new IntakeRefusal("画像が大きすぎます（" + reader.getWidth(i) + "×" + reader.getHeight(i)
                                + " ピクセル）。解像度を 300 dpi 以下にしてスキャンし直してください。");
                    }
                }
                return n;
            } finally {
                reader.dispose();
            }
        }
    }

    public static BufferedImage frame(byte[] bytes, int index) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            try {
                reader.setInput(in, false, true);
                return grey(reader.read(index));
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader reader(ImageInputStream in) {
        if (in == null) {
            throw new IntakeRefusal("画像を読み取れません。");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IntakeRefusal("この形式の画像は読み取れません。PDF、TIFF、JPEG、PNG でスキャンしてください。");
        }
        return readers.next();
    }

    public static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage g = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = g.createGraphics();
        graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        graphics.dispose();
        return g;
    }

    /**
     * A copy for OCR without the rules of forms: horizontal lines longer than a quarter inch, and the vertical
     * strokes that join two such lines (the sides of the boxes of "one digit per box" fields). Tesseract reads
     * digits inside boxes as letters; without the boxes it reads them as digits.
     */
    public static BufferedImage withoutRules(BufferedImage grey, int dpi) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        boolean[] line = new boolean[w * h];
        int minRun = dpi / 4;
        boolean any = false;
        for (int y = 0; y < h; y++) {
            int run = 0;
            for (int x = 0; x <= w; x++) {
                boolean dark = x < w && (px[y * w + x] & 0xff) < 128;
                if (dark) {
                    run++;
                } else {
                    if (run >= minRun) {
                        any = true;
                        for (int k = x - run; k < x; k++) {
                            line[y * w + k] = true;
                        }
                    }
                    run = 0;
                }
            }
        }
        if (!any) {
            return grey;
        }
        BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((java.awt.image.DataBufferByte) copy.getRaster().getDataBuffer()).getData();
        System.arraycopy(px, 0, out, 0, px.length);
        int minSide = dpi / 10;
        int near = Math.max(2, dpi / 75);
        for (int x = 0; x < w; x++) {
            int run = 0;
            for (int y = 0; y <= h; y++) {
                boolean dark = y < h && (px[y * w + x] & 0xff) < 128;
                if (dark) {
                    run++;
                } else {
                    // either end on a rule: a skewed box side breaks into pieces that each touch only one rule
                    if (run >= minSide && (touches(line, w, h, x, y - run, near) || touches(line, w, h, x, y - 1, near))) {
                        for (int k = y - run; k < y; k++) {
                            out[k * w + x] = (byte) 0xff;
                        }
                    }
                    run = 0;
                }
            }
        }
        for (int i = 0; i < line.length; i++) {
            if (line[i]) {
                out[i] = (byte) 0xff;
            }
        }
        return copy;
    }

    private static boolean touches(boolean[] line, int w, int h, int x, int y, int near) {
        for (int dy = -near; dy <= near; dy++) {
            for (int dx = -near; dx <= near; dx++) {
                int yy = y + dy;
                int xx = x + dx;
                if (yy >= 0 && yy < h && xx >= 0 && xx < w && line[yy * w + xx]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when almost no pixel is dark: a blank page needs no OCR. */
    public static boolean blank(BufferedImage grey) {
        long dark = 0;
        int step = 4;
        long seen = 0;
        var raster = grey.getRaster();
        for (int y = 0; y < grey.getHeight(); y += step) {
            for (int x = 0; x < grey.getWidth(); x += step) {
                seen++;
                if (raster.getSample(x, y, 0) < 128) {
                    dark++;
                }
            }
        }
        return seen == 0 || dark * 1000 < seen;
    }

    public static byte[] jpeg(BufferedImage image, int maxWidth, float quality) throws IOException {
        BufferedImage scaled = image;
        if (image.getWidth() > maxWidth) {
            int h = (int) Math.round(image.getHeight() * (maxWidth / (double) image.getWidth()));
            scaled = new BufferedImage(maxWidth, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, maxWidth, h, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(scaled, null, null), p);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
