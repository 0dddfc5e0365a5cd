package jp.shokuba.records.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import jp.shokuba.records.domain.FileName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The first look at a file, before any parser reads it: what its bytes are (magic numbers, not its name), whether
 * that agrees with its extension, and, for PDFs and scans, whether it can be opened at all, is encrypted, or has
 * more pages or pixels than intake takes. Every refusal names the problem as a records clerk would put it.
 */
public final class FileInspection {

    public static final int MAX_PAGES = 500;

    /** What a file turned out to be. */
    public enum Kind { PDF, IMAGE, DOCUMENT }

    public record Inspected(Kind kind, String contentType, int pages) {
    }

    private static final Detector DETECTOR = new DefaultDetector();
    private static final Set<String> IMAGES = Set.of("image/tiff", "image/jpeg", "image/png");
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-7z-compressed",
            "application/x-rar-compressed", "application/gzip", "application/x-gzip", "application/x-tar",
            "application/x-bzip2", "application/x-xz", "application/vnd.rar");
    private static final Map<String, String> EXPECTED = Map.of("pdf", "application/pdf", "tif", "image/tiff",
            "tiff", "image/tiff", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");
    private static final Map<String, String> NAMES = Map.of("application/pdf", "PDF", "image/jpeg", "JPEG 画像",
            "image/png", "PNG 画像", "image/tiff", "TIFF 画像", "text/html", "HTML（ウェブページ）",
            "application/xhtml+xml", "HTML（ウェブページ）", "application/zip", "ZIP 圧縮ファイル",
            "text/plain", "テキスト");

    private FileInspection() {
    }

    public static Inspected inspect(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new IntakeRefusal("ファイルが空です（0 バイト）。スキャンし直してください。");
        }
        String type = detect(bytes);
        String ext = FileName.extension(fileName);
        String expected = EXPECTED.get(ext);
        if (expected != null && !expected.equals(type)) {
            throw new IntakeRefusal("拡張子は ." + ext + " ですが、中身は " + NAMES.getOrDefault(type, type)
                    + " です。ファイルの種類を確かめてください。");
        }
        if (ARCHIVES.contains(type)) {
            throw new IntakeRefusal("圧縮ファイル（" + NAMES.getOrDefault(type, type)
                    + "）は受け付けていません。中のファイルを一つずつ取り込んでください。");
        }
        if ("application/pdf".equals(type)) {
            return new Inspected(Kind.PDF, type, pdfPages(bytes));
        }
        if (IMAGES.contains(type)) {
            try {
                return new Inspected(Kind.IMAGE, type, PageImages.frames(bytes, MAX_PAGES));
            } catch (IOException e) {
                throw new IntakeRefusal("画像が壊れていて読み取れません。スキャンし直してください。", e);
            }
        }
        if (type.startsWith("text/") || type.startsWith("application/vnd.openxmlformats")
                || type.startsWith("application/vnd.oasis") || type.equals("message/rfc822")
                || type.equals("application/msword") || type.equals("application/vnd.ms-excel")
                || type.equals("application/xhtml+xml") || type.equals("application/rtf")) {
            return new Inspected(Kind.DOCUMENT, type, 1);
        }
        throw new IntakeRefusal("このファイルの種類（" + type + "）は取り込めません。PDF、TIFF、JPEG、PNG、"
                + "Office 文書、テキストに対応しています。");
    }

    static String detect(byte[] bytes) {
        try {
            MediaType t = DETECTOR.detect(new ByteArrayInputStream(bytes), new Metadata());
            return t.getBaseType().toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private static int pdfPages(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int n = pdf.getNumberOfPages();
            if (n == 0) {
                throw new IntakeRefusal("PDF にページがありません。壊れているか、途中で切れています。");
            }
            if (n > MAX_PAGES) {
                throw new IntakeRefusal("ページ数が多すぎます（" + String.format("%,d", n) + " ページ、上限 "
                        + MAX_PAGES + " ページ）。分けてスキャンしてください。");
            }
            return n;
        } catch (InvalidPasswordException e) {
            throw new IntakeRefusal("パスワードで保護された PDF です。パスワードを外してから取り込んでください。", e);
        } catch (IOException e) {
            throw new IntakeRefusal("PDF が壊れているか、途中で切れていて開けません。元のファイルを確かめてください。", e);
        }
    }
}
