package jp.shokuba.bench.records;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import jp.shokuba.records.corpus.PaperDocument;
import jp.shokuba.records.corpus.ScannedPaper;
import jp.shokuba.records.domain.Classification;
import jp.shokuba.records.domain.JapaneseText;
import jp.shokuba.records.domain.PageText;
import jp.shokuba.records.domain.SearchTerms;
import jp.shokuba.records.domain.Sha256;
import jp.shokuba.records.infrastructure.JdbcRecords;
import jp.shokuba.records.infrastructure.PageReading;
import jp.shokuba.records.infrastructure.Tesseract;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Recall and precision per query class on a generated scanned corpus (200 and 300 dpi, skewed, speckled; every
 * fifth page vertical): each page goes through Shokuba's OCR and into PostgreSQL, and every query is asked through
 * the repository's search. A document is relevant to a query when its printed text holds the query (after the
 * same normalisation). The baseline is plain {@code tesseract -l jpn} text with substring search.
 */
final class RecallRun {

    private static final Pattern KATAKANA = Pattern.compile("[\\p{IsKatakana}ー]{3,}");

    private RecallRun() {
    }

    static void run(PGSimpleDataSource ds, int docs) throws Exception {
        RecordsBench.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE records.record CASCADE");
        }
        JdbcRecords repo = new JdbcRecords(ds);
        Random r = new Random(77);
        List<PaperDocument> corpus = new ArrayList<>();
        List<BufferedImage> scans = new ArrayList<>();
        for (int i = 0; i < docs; i++) {
            PaperDocument d = ScannedPaper.any(r, i);
            corpus.add(d);
            scans.add(ScannedPaper.scan(d, i % 2 == 0 ? 300 : 200, 1.0, i));
        }
        Tesseract tesseract = new Tesseract("tesseract");
        long[] ids = new long[docs];
        String[] plain = new String[docs];
        Path dir = Files.createTempDirectory("records-recall");
        double seconds = RecordsBench.timed(docs, i -> {
            BufferedImage img = scans.get(i);
            // Shokuba's OCR reads pages at 300 dpi; a 200 dpi scan is read as it is.
            PageReading.Read read = PageReading.ocr(1, img, tesseract);
            PageText p = read.page();
            Path tmp = dir.resolve("d" + i);
            Files.writeString(tmp, "doc " + i);
            long id = repo.insertRecord(Sha256.of(("recall" + i).getBytes()), "recall-" + i + ".png", "image/png", tmp,
                    "bench", null, java.time.Instant.now()).orElseThrow();
            repo.savePages(id, List.of(p), List.of(), List.of(SearchTerms.vector(p.text())));
            repo.saveRecord(id, new Classification("t", "x", null, null, null, null, 5), 2024, 1, "", false, null,
                    java.time.Instant.now());
            ids[i] = id;
            Path png = dir.resolve("d" + i + ".png");
            ImageIO.write(img, "png", png.toFile());
            ProcessBuilder b = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "jpn");
            b.environment().put("OMP_THREAD_LIMIT", "1");
            b.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process proc = b.start();
            plain[i] = new String(proc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            proc.waitFor();
        });
        Map<Long, Integer> docOf = new java.util.HashMap<>();
        for (int i = 0; i < docs; i++) {
            docOf.put(ids[i], i);
        }
        Map<String, Set<String>> classes = queries(corpus);
        StringBuilder result = new StringBuilder(String.format(Locale.ROOT,
                "RESULT bench=records-recall docs=%d ocr_s=%.0f", docs, seconds));
        long allRel = 0;
        long allFound = 0;
        long allHits = 0;
        long allPlain = 0;
        for (var e : classes.entrySet()) {
            long rel = 0;
            long found = 0;
            long hits = 0;
            long plainFound = 0;
            for (String q : e.getValue()) {
                Set<Integer> relevant = new HashSet<>();
                String nq = norm(q);
                for (int i = 0; i < docs; i++) {
                    if (norm(corpus.get(i).text()).contains(nq)) {
                        relevant.add(i);
                    }
                }
                long[] total = new long[1];
                Set<Integer> got = new HashSet<>();
                SearchTerms.query(q).ifPresent(tq -> repo.search(tq, null,
                        new JdbcRecords.Filters(null, null, null, null, null, null, null, null), 100, total)
                        .forEach(h -> got.add(docOf.get(h.recordId()))));
                rel += relevant.size();
                hits += got.size();
                for (int i : got) {
                    if (relevant.contains(i)) {
                        found++;
                    }
                }
                for (int i : relevant) {
                    if (plain[i].contains(q)) {
                        plainFound++;
                    }
                }
            }
            allRel += rel;
            allFound += found;
            allHits += hits;
            allPlain += plainFound;
            result.append(String.format(Locale.ROOT, " %s_queries=%d %s_recall=%.3f %s_precision=%.3f %s_plain_recall=%.3f",
                    e.getKey(), e.getValue().size(), e.getKey(), ratio(found, rel), e.getKey(), ratio(found, hits),
                    e.getKey(), ratio(plainFound, rel)));
        }
        result.append(String.format(Locale.ROOT, " all_recall=%.3f all_precision=%.3f plain_tesseract_substring_recall=%.3f",
                ratio(allFound, allRel), ratio(allFound, allHits), ratio(allPlain, allRel)));
        System.out.println(result);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private static String norm(String s) {
        return JapaneseText.search(s).text().replace(" ", "");
    }

    static Map<String, Set<String>> queries(List<PaperDocument> corpus) {
        Map<String, Set<String>> q = new LinkedHashMap<>();
        for (String k : List.of("name", "amount", "title", "counterparty", "katakana", "short")) {
            q.put(k, new LinkedHashSet<>());
        }
        for (PaperDocument d : corpus) {
            if (d.personName() != null) {
                q.get("name").add(d.personName());
                q.get("name").add(d.personName().replace(" ", ""));
            }
            if (d.amount() != null) {
                String yen = ScannedPaper.yen(d.amount());
                q.get("amount").add("¥" + yen);
                q.get("amount").add(yen + "円");
                q.get("amount").add(Long.toString(d.amount()));
            }
            q.get("title").add(d.title());
            if (d.counterparty() != null) {
                q.get("counterparty").add(d.counterparty());
            }
            Matcher m = KATAKANA.matcher(d.text());
            while (m.find()) {
                q.get("katakana").add(m.group());
            }
        }
        q.get("short").addAll(List.of("税", "市", "請求", "申請", "拝啓", "住所", "本店", "番号"));
        return q;
    }
}
