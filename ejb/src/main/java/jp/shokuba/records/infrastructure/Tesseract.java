package jp.shokuba.records.infrastructure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * The Tesseract CLI, one process per page with {@code OMP_THREAD_LIMIT=1} (its own threads only slow down a
 * machine whose cores already each run a page). A page is read with {@code jpn}; when that reads it poorly it
 * is read again with {@code jpn_vert} (縦書き: plain jpn reads a tenth of a vertical page) and, when Latin
 * words came out badly, with {@code jpn+eng}; the reading with the most confident characters is kept.
 */
public final class Tesseract {

    public static final String INSTALL = "apt-get install -y tesseract-ocr tesseract-ocr-jpn tesseract-ocr-jpn-vert";
    private static final long TIMEOUT_SECONDS = 180;
    /**
     * Read with jpn, a vertical page yields a handful of characters (4 on a generated letter of 250), often at a
     * confidence a horizontal page also has; so a page is read again with jpn_vert when it gave few characters or
     * little confidence, not for every middling confidence (that doubled the OCR of boxed forms).
     */
    private static final double POOR_CONFIDENCE = 65;
    private static final int FEW_CHARACTERS = 40;

    private final String command;

    public Tesseract(String command) {
        this.command = command;
    }

    /** One word as Tesseract boxed it, in pixels of the page image. */
    public record Word(String key, int left, int top, int width, int height, double confidence, String text) {
    }

    /** A line: its words in reading order. */
    public record Line(List<Word> words) {
        public int left() {
            return words.stream().mapToInt(Word::left).min().orElse(0);
        }

        public int top() {
            return words.stream().mapToInt(Word::top).min().orElse(0);
        }

        public int right() {
            return words.stream().mapToInt(w -> w.left + w.width).max().orElse(0);
        }

        public int bottom() {
            return words.stream().mapToInt(w -> w.top + w.height).max().orElse(0);
        }
    }

    public record Reading(String language, List<Line> lines, double confidence, double score) {
        int characters() {
            return lines.stream().flatMap(l -> l.words().stream()).mapToInt(w -> w.text().length()).sum();
        }
    }

    /** Which languages are missing, or empty when Tesseract can read Japanese pages. */
    public List<String> missing() {
        try {
            Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return List.of("tesseract");
            }
            List<String> langs = out.lines().map(String::strip).toList();
            return List.of("jpn", "jpn_vert").stream().filter(l -> !langs.contains(l)).toList();
        } catch (IOException notInstalled) {
            return List.of("tesseract");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("tesseract");
        }
    }

    public Reading read(BufferedImage page) throws IOException {
        Path png = Files.createTempFile("shokuba-ocr-", ".png");
        try {
            ImageIO.write(PageImages.withoutRules(PageImages.grey(page), PageImages.DPI), "png", png.toFile());
            Reading best = run(png, "jpn");
            if (best.confidence < POOR_CONFIDENCE || best.characters() < FEW_CHARACTERS) {
                Reading vertical = run(png, "jpn_vert");
                if (vertical.score > best.score) {
                    best = vertical;
                }
            }
            if (!best.language.equals("jpn_vert") && poorLatin(best)) {
                Reading mixed = run(png, "jpn+eng");
                if (mixed.score > best.score) {
                    best = mixed;
                }
            }
            return best;
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static boolean poorLatin(Reading r) {
        return r.lines.stream().flatMap(l -> l.words.stream())
                .filter(w -> w.text.chars().filter(c -> c < 0x80 && Character.isLetter(c)).count() >= 3)
                .filter(w -> w.confidence < 70).count() >= 3;
    }

    private Reading run(Path png, String language) throws IOException {
        // psm 3 drops large isolated lines such as a form's title; 4 (one column of lines of any size) keeps them,
        // and 5 reads a block of vertical lines.
        String psm = language.equals("jpn_vert") ? "5" : "4";
        ProcessBuilder builder = new ProcessBuilder(command, png.toString(), "stdout", "-l", language, "--psm", psm, "tsv");
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = builder.start();
        byte[] out;
        try {
            out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("tesseract took longer than " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("tesseract ended with " + p.exitValue());
        }
        return parse(language, new String(out, StandardCharsets.UTF_8));
    }

    static Reading parse(String language, String tsv) {
        Map<String, List<Word>> lines = new LinkedHashMap<>();
        double weighted = 0;
        int chars = 0;
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !"5".equals(f[0])) {
                continue;
            }
            String text = Normalizer.normalize(f[11].strip(), Normalizer.Form.NFKC);
            double conf = Double.parseDouble(f[10]);
            if (text.isEmpty() || conf < 0) {
                continue;
            }
            String key = f[2] + "." + f[3] + "." + f[4];
            Word w = new Word(key, Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                    Integer.parseInt(f[9]), conf, text);
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
            weighted += conf * text.length();
            chars += text.length();
        }
        List<Line> result = lines.values().stream().map(Line::new).toList();
        double confidence = chars == 0 ? 0 : weighted / chars;
        return new Reading(language, result, confidence, weighted / 100);
    }
}
