package jp.shokuba.records;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import jp.shokuba.records.corpus.PaperDocument;
import jp.shokuba.records.corpus.ScannedPaper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records over the REST API on the real platform with real Tesseract: generated scans go from upload to a
 * searchable, masked record; the same bytes again are a duplicate; My Numbers never reach a user without
 * RECORDS_PII (search, snippets, the PDF's text layer, the original), while RECORDS_PII finds the record by the
 * number, audited.
 */
@ExtendWith(Platform.class)
class RecordsApiIT {

    static final Duration OCR = Duration.ofMinutes(4);
    private final RecordsClient clerk = RecordsClient.as("watanabe");
    private final RecordsClient pii = RecordsClient.as("yamamoto");

    @Test
    void aScannedInvoiceIsIndexedAndFoundByItsAmountInEveryFormByShortWordsAndByFilters() {
        PaperDocument d = ScannedPaper.invoice(new Random(101), 101);
        byte[] pdf = ScannedPaper.scannedPdf(List.of(ScannedPaper.scan(d, 300, 0.6, 101)), 300);
        JsonObject done = clerk.ingest("請求書-101.pdf", pdf, OCR);
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("INDEXED");
        long id = done.getJsonNumber("recordId").longValue();

        String amount = ScannedPaper.yen(d.amount());
        for (String form : List.of("¥" + amount, amount + "円", Long.toString(d.amount()), "\\" + amount.replace(',', '.'))) {
            JsonObject r = clerk.search(RecordsClient.q(form) + "&size=100").json();
            assertThat(ids(r)).as(form).contains(id);
            JsonObject hit = hitOf(r, id);
            assertThat(hit.getInt("page")).isEqualTo(1);
            assertThat(hit.getString("fileName")).isEqualTo("請求書-101.pdf");
            assertThat(hit.getString("snippet")).contains("<mark>");
        }
        assertThat(ids(clerk.search(RecordsClient.q("税") + "&size=100").json())).as("one character").contains(id);
        assertThat(ids(clerk.search(RecordsClient.q("請求") + "&size=100").json())).as("two characters").contains(id);
        assertThat(ids(clerk.search(RecordsClient.q(d.counterparty())).json())).as("counterparty").contains(id);

        JsonObject record = clerk.get("/api/v1/records/" + id).json();
        assertThat(record.getString("documentType")).isEqualTo("請求書");
        assertThat(record.getJsonNumber("amount").longValue()).isEqualTo(d.amount());
        assertThat(record.getString("counterparty")).isEqualTo(d.counterparty());
        assertThat(record.getInt("fiscalYear")).isIn(2024, 2023);

        String q = RecordsClient.q(Long.toString(d.amount()));
        assertThat(ids(clerk.search(q + "&type=" + enc("請求書")).json())).contains(id);
        assertThat(ids(clerk.search(q + "&type=" + enc("申請書")).json())).doesNotContain(id);
        assertThat(ids(clerk.search(q + "&minAmount=" + (d.amount() + 1)).json())).doesNotContain(id);
        assertThat(ids(clerk.search(q + "&maxAmount=" + d.amount() + "&minAmount=" + d.amount()).json())).contains(id);
        assertThat(ids(clerk.search(q + "&counterparty=" + enc(d.counterparty().replace("株式会社", ""))).json())).contains(id);
        assertThat(ids(clerk.search(q + "&fiscalYear=1999").json())).doesNotContain(id);

        JsonObject page = clerk.get("/api/v1/records/" + id + "/pages/1?" + q).json();
        assertThat(page.getJsonArray("marked")).as("the amount's line is marked").isNotEmpty();
        RecordsClient.Reply image = clerk.get("/api/v1/records/" + id + "/pages/1/image");
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/jpeg");
        RecordsClient.Reply original = clerk.get("/api/v1/records/" + id + "/original");
        assertThat(original.body()).isEqualTo(pdf);
    }

    @Test
    void theSameBytesAgainAreADuplicateOfTheFirstRecordAndAreNotStoredTwice() throws Exception {
        PaperDocument d = ScannedPaper.invoice(new Random(202), 202);
        byte[] pdf = ScannedPaper.bornDigitalPdf(List.of(d));
        JsonObject first = clerk.ingest("a.pdf", pdf, OCR);
        assertThat(first.getString("state")).as(first.toString()).isEqualTo("INDEXED");
        JsonObject again = clerk.ingest("b.pdf", pdf, OCR);
        assertThat(again.getString("state")).isEqualTo("DUPLICATE");
        assertThat(again.getJsonNumber("duplicateOf").longValue()).isEqualTo(first.getJsonNumber("recordId").longValue());
        assertThat(again.isNull("recordId")).isTrue();
        try (Connection c = TestDatabase.asAdministrator();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM records.record WHERE sha256 = ?")) {
            s.setString(1, sha256(pdf));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        }
        // born digital: Tika's text, no OCR, the PDF is its own searchable copy
        long id = first.getJsonNumber("recordId").longValue();
        assertThat(clerk.get("/api/v1/records/" + id + "/pdf").body()).isEqualTo(pdf);
        assertThat(ids(clerk.search(RecordsClient.q(ScannedPaper.yen(d.amount()) + "円")).json())).contains(id);
    }

    @Test
    void myNumbersNeverReachAClerkWithoutRecordsPiiButRecordsPiiFindsTheRecordByTheNumberAudited() throws Exception {
        PaperDocument d = ScannedPaper.application(new Random(303), 303);
        String myNumber = d.myNumbers().get(0);
        byte[] scan = ScannedPaper.png(ScannedPaper.scan(d, 300, 0.4, 303));
        JsonObject done = clerk.ingest("申請書.png", scan, OCR);
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("INDEXED");
        long id = done.getJsonNumber("recordId").longValue();

        String spaced = myNumber.substring(0, 4) + " " + myNumber.substring(4, 8) + " " + myNumber.substring(8);
        for (String q : List.of(myNumber, spaced, myNumber.substring(0, 8), myNumber.substring(4))) {
            assertThat(clerk.search(RecordsClient.q(q)).json().getInt("total")).as(q).isZero();
        }
        JsonObject byName = clerk.search(RecordsClient.q(d.personName().replace(" ", ""))).json();
        assertThat(ids(byName)).contains(id);
        assertThat(byName.toString()).doesNotContain(myNumber);
        assertThat(ids(clerk.search(RecordsClient.q(d.decoys().get(0))).json())).as("a decoy is no My Number").contains(id);

        assertThat(clerk.get("/api/v1/records/" + id + "/pages/1").text()).doesNotContain(myNumber);
        RecordsClient.Reply pdf = clerk.get("/api/v1/records/" + id + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String layer = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(layer).contains(d.personName().replace(" ", "")).doesNotContain(myNumber);
        }
        RecordsClient.Reply refused = clerk.get("/api/v1/records/" + id + "/original");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        JsonObject found = pii.search(RecordsClient.q(spaced)).json();
        assertThat(ids(found)).containsExactly(id);
        assertThat(found.toString()).doesNotContain(myNumber);
        assertThat(pii.get("/api/v1/records/" + id + "/original").body()).isEqualTo(scan);

        try (Connection c = TestDatabase.asAdministrator()) {
            assertThat(count(c, "SELECT count(*) FROM audit.entry WHERE action = 'records.original.unmasked'"
                    + " AND object_id = '" + id + "' AND actor = 'yamamoto'")).isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM audit.entry WHERE action = 'records.mynumber.searched'"
                    + " AND actor = 'yamamoto'")).isPositive();
            for (String sql : List.of("SELECT count(*) FROM records.page WHERE text LIKE ? OR CAST(terms AS text) LIKE ?"
                    + " OR lines LIKE ?", "SELECT count(*) FROM records.record WHERE title LIKE ? OR counterparty LIKE ?"
                    + " OR encode(coalesce(archive_pdf, ''), 'escape') LIKE ?", "SELECT count(*) FROM audit.entry WHERE"
                    + " detail LIKE ? OR object_id LIKE ? OR action LIKE ?")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    for (int i = 1; i <= 3; i++) {
                        s.setString(i, "%" + myNumber + "%");
                    }
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        assertThat(r.getInt(1)).as(sql).isZero();
                    }
                }
            }
        }
    }

    @Test
    void hostileAndBrokenFilesAreQuarantinedWithAReasonAClerkReadsAndThePlatformStaysUp() throws Exception {
        byte[] jpeg = jpeg();
        assertQuarantined("scan.pdf", jpeg, "JPEG");
        assertQuarantined("page.pdf", "<html><body><script>alert(1)</script>請求書</body></html>".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "HTML");
        assertQuarantined("bomb.zip", zipBomb(), "圧縮");
        assertQuarantined("locked.pdf", HostileFiles.encryptedPdf(), "パスワード");
        assertQuarantined("huge.png", HostileFiles.decompressionBombPng(60000, 60000), "大きすぎ");
        assertQuarantined("2000.pdf", HostileFiles.blankPages(2000), "ページ数が多すぎ");
        assertQuarantined("broken.pdf", "%PDF-1.7\n1 0 obj <<".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "PDF");

        byte[] truncated = ScannedPaper.bornDigitalPdf(List.of(ScannedPaper.invoice(new Random(404), 404)));
        truncated = java.util.Arrays.copyOf(truncated, truncated.length / 2);
        JsonObject t = clerk.ingest("truncated.pdf", truncated, OCR);
        assertThat(t.getString("state")).as("a truncated PDF is ingested as far as it reads, or quarantined")
                .isIn("INDEXED", "QUARANTINED");

        String hostileName = "../../etc/" + "あ".repeat(300) + "\\..\\x.png";
        JsonObject named = clerk.ingest(hostileName, ScannedPaper.png(ScannedPaper.scan(
                ScannedPaper.invoice(new Random(405), 405), 150, 0, 405)), OCR);
        assertThat(named.getString("state")).isIn("INDEXED", "QUARANTINED");
        assertThat(named.getString("fileName")).doesNotContain("/", "\\", "..").startsWith("あ").endsWith(".png");
        assertThat(named.getString("fileName").length()).isLessThanOrEqualTo(200);

        assertThat(clerk.get("/health").status()).isEqualTo(200);
    }

    @Test
    void aQuarantinedFileCanBeRetriedDownloadedAndDiscardedAndTheDiscardIsAudited() throws Exception {
        byte[] html = ("<html><body>差し替え " + System.nanoTime() + "</body></html>").getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        JsonObject q = assertQuarantined("notice.pdf", html, "HTML");
        long intake = q.getJsonNumber("intakeId").longValue();
        long record = q.getJsonNumber("recordId").longValue();
        assertThat(clerk.get("/api/v1/intake?state=QUARANTINED").text()).contains("\"intakeId\":" + intake);
        assertThat(clerk.post("/api/v1/intake/" + intake + "/retry").status()).isEqualTo(200);
        assertThat(clerk.await("/api/v1/intake/" + intake, OCR).getString("state")).isEqualTo("QUARANTINED");
        assertThat(clerk.get("/api/v1/records/" + record + "/original").body()).isEqualTo(html);
        assertThat(clerk.delete("/api/v1/intake/" + intake).status()).isEqualTo(204);
        assertThat(clerk.get("/api/v1/intake/" + intake).status()).isEqualTo(404);
        assertThat(clerk.get("/api/v1/records/" + record).status()).isEqualTo(404);
        assertThat(clerk.post("/api/v1/intake/" + intake + "/retry").status()).isEqualTo(404);
        try (Connection c = TestDatabase.asAdministrator()) {
            assertThat(count(c, "SELECT count(*) FROM audit.entry WHERE action = 'records.discarded' AND object_id = '"
                    + record + "' AND actor = 'watanabe' AND detail LIKE '%notice.pdf%'")).isEqualTo(1);
        }
    }

    @Test
    void aScanDroppedIntoAScannersHotFolderIsTakenRecordedAndRemovedFromTheFolderAndAVerticalLetterIsRead()
            throws Exception {
        PaperDocument d = ScannedPaper.letter(new Random(505), 505);
        java.nio.file.Path folder = java.nio.file.Path.of("target", "records", "scanners", "mfp-soumu");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Path part = folder.resolve("letter-505.pdf.part");
        java.nio.file.Files.write(part, ScannedPaper.scannedPdf(List.of(ScannedPaper.scan(d, 300, 0.3, 505)), 300));
        java.nio.file.Path file = folder.resolve("letter-505.pdf");
        java.nio.file.Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        JsonObject intake = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (intake == null && System.nanoTime() < deadline) {
            for (var v : Json.createReader(new java.io.StringReader(clerk.get("/api/v1/intake").text())).readArray()) {
                JsonObject o = v.asJsonObject();
                if ("letter-505.pdf".equals(o.getString("fileName")) && "scanner:mfp-soumu".equals(o.getString("source"))) {
                    intake = o;
                }
            }
            RecordsClient.sleep(500);
        }
        assertThat(intake).as("taken from the hot folder").isNotNull();
        assertThat(java.nio.file.Files.exists(file)).as("removed once recorded").isFalse();
        JsonObject done = clerk.await("/api/v1/intake/" + intake.getJsonNumber("intakeId").longValue(), OCR);
        assertThat(done.getString("state")).isEqualTo("INDEXED");
        long id = done.getJsonNumber("recordId").longValue();
        assertThat(ids(clerk.search(RecordsClient.q("公民館")).json())).as("縦書き read with jpn_vert").contains(id);
        assertThat(clerk.get("/api/v1/records/" + id + "/pages/1").json().getString("source")).isEqualTo("jpn_vert");
        assertThat(clerk.get("/api/v1/records/" + id).json().getString("documentType")).isEqualTo("書簡");
    }

    @Test
    void badRequestsAnswerProblemsNotErrors() {
        RecordsClient.Reply big = clerk.search(RecordsClient.q("税") + "&size=101");
        assertThat(big.status()).isEqualTo(400);
        assertThat(big.contentType()).startsWith("application/problem+json");
        assertThat(clerk.search("q=").status()).isEqualTo(400);
        assertThat(clerk.search(RecordsClient.q("税") + "&from=yesterday").status()).isEqualTo(400);
        assertThat(clerk.get("/api/v1/records/999999").status()).isEqualTo(404);
        assertThat(clerk.get("/api/v1/intake/999999").status()).isEqualTo(404);
        assertThat(RecordsClient.as("tanaka").search(RecordsClient.q("税")).status()).as("STAFF only").isEqualTo(403);
    }

    private JsonObject assertQuarantined(String name, byte[] content, String reasonPart) {
        JsonObject s = clerk.ingest(name, content, Duration.ofMinutes(2));
        assertThat(s.getString("state")).as(name + " " + s).isEqualTo("QUARANTINED");
        assertThat(s.getString("reason")).as(name).contains(reasonPart);
        return s;
    }

    static List<Long> ids(JsonObject result) {
        return result.getJsonArray("hits").stream().map(v -> v.asJsonObject().getJsonNumber("recordId").longValue())
                .toList();
    }

    static JsonObject hitOf(JsonObject result, long id) {
        return result.getJsonArray("hits").stream().map(v -> v.asJsonObject())
                .filter(h -> h.getJsonNumber("recordId").longValue() == id).findFirst().orElseThrow();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long count(Connection c, String sql) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static byte[] jpeg() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 100,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("../../zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
