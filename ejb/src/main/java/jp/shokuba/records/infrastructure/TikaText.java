package jp.shokuba.records.infrastructure;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Born-digital text through Apache Tika, page by page (Tika's PDF parser marks each page with
 * {@code <div class="page">}). Tika never runs OCR here: scanned pages go to the Tesseract CLI, which is three
 * times faster. Parsing is bounded: a time limit (the parse runs on its own daemon thread, abandoned when it
 * overruns), an output limit, and Tika's own guard against zip bombs inside Office files.
 */
public final class TikaText {

    private static final long TIMEOUT_SECONDS = 120;
    private static final int MAX_CHARS = 5_000_000;
    private static final Parser PARSER = new AutoDetectParser();
    private static final ExecutorService PARSING = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "records-tika");
        t.setDaemon(true);
        return t;
    });

    private TikaText() {
    }

    /** The text of each page; a document without pages (Office, mail) is one page. */
    public static List<String> pages(byte[] bytes) {
        Future<List<String>> parse = PARSING.submit(() -> parse(bytes));
        try {
            return parse.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new IntakeRefusal("読み取りに " + TIMEOUT_SECONDS + " 秒以上かかったため中止しました。"
                    + "ファイルが壊れているか、極端に複雑です。");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IntakeRefusal r) {
                throw r;
            }
            throw new IntakeRefusal(reason(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String reason(Throwable cause) {
        String m = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (cause instanceof EncryptedDocumentException) {
            return "パスワードで保護されたファイルです。パスワードを外してから取り込んでください。";
        }
        if (m.contains("zip bomb") || m.contains("suspected") || m.contains("nested")) {
            return "展開すると極端に大きくなるファイル（圧縮爆弾）の疑いがあるため取り込みません。";
        }
        if (cause instanceof ZeroByteFileException) {
            return "ファイルが空です（0 バイト）。";
        }
        return "ファイルが壊れていて読み取れません（" + cause.getClass().getSimpleName() + "）。";
    }

    private static List<String> parse(byte[] bytes) throws Exception {
        Pages pages = new Pages();
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        WriteOutContentHandler limited = new WriteOutContentHandler(pages, MAX_CHARS);
        try {
            PARSER.parse(new ByteArrayInputStream(bytes), limited, new Metadata(), context);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new IntakeRefusal("文字が多すぎます（" + String.format("%,d", MAX_CHARS)
                        + " 文字を超えました）。分けて取り込んでください。");
            }
            throw e;
        }
        return pages.done();
    }

    /** Collects the characters of each {@code <div class="page">}; a document without pages is one page. */
    private static final class Pages extends DefaultHandler {
        private final List<String> pages = new ArrayList<>();
        private StringBuilder current = new StringBuilder();
        private int depth;
        private boolean inPage;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (!inPage && "div".equals(local) && "page".equals(atts.getValue("class"))) {
                inPage = true;
                depth = 0;
                current = new StringBuilder();
            }
            if ("div".equals(local)) {
                depth++;
            }
            if ("p".equals(local) || "br".equals(local) || "div".equals(local) || "li".equals(local)
                    || "tr".equals(local)) {
                current.append('\n');
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if ("div".equals(local)) {
                depth--;
                if (inPage && depth == 0) {
                    pages.add(current.toString());
                    current = new StringBuilder();
                    inPage = false;
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            current.append(ch, start, length);
        }

        List<String> done() {
            if (pages.isEmpty()) {
                pages.add(current.toString());
            }
            return pages;
        }
    }
}
