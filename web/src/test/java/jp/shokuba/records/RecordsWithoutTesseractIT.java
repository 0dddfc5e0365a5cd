package jp.shokuba.records;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import jp.shokuba.it.Platform;
import jp.shokuba.records.corpus.PaperDocument;
import jp.shokuba.records.corpus.ScannedPaper;
import org.junit.jupiter.api.Test;

/**
 * A platform whose Tesseract is not (yet) installed: it starts, born-digital files are indexed, a scan waits in
 * WAITING_FOR_OCR with the command that installs Tesseract, and goes on by itself once Tesseract appears.
 */
class RecordsWithoutTesseractIT {

    @Test
    void aScanWaitsForTesseractWithTheInstallCommandAndIsIndexedOnceTesseractAppears() throws Exception {
        Path dir = Path.of("target", "records", "tesseract-later").toAbsolutePath();
        Files.createDirectories(dir);
        Path later = dir.resolve("tesseract");
        Files.deleteIfExists(later);
        Map<String, String> environment = Map.of("SHOKUBA_RECORDS_TESSERACT", later.toString(),
                "SHOKUBA_RECORDS_INTAKE_DIR", dir.resolve("intake").toString(),
                "SHOKUBA_RECORDS_SCANNER_ROOT", dir.resolve("scanners").toString());
        try (Platform.Instance platform = Platform.startSeparately(environment, "it-payara-no-tesseract.log")) {
            RecordsClient clerk = RecordsClient.as("watanabe", platform);
            PaperDocument letter = ScannedPaper.letter(new Random(808), 808);
            PaperDocument invoice = ScannedPaper.invoice(new Random(809), 809);

            JsonObject digital = clerk.ingest("born-digital-809.pdf", ScannedPaper.bornDigitalPdf(List.of(invoice)),
                    RecordsApiIT.OCR);
            assertThat(digital.getString("state")).as("no OCR needed").isEqualTo("INDEXED");
            byte[] scan = ScannedPaper.scannedPdf(List.of(ScannedPaper.scan(letter, 300, 0.3, 808)), 300);
            JsonObject waiting = clerk.ingest("scan-808.pdf", scan, RecordsApiIT.OCR);
            assertThat(waiting.getString("state")).isEqualTo("WAITING_FOR_OCR");
            assertThat(waiting.getString("reason")).contains("apt-get install", "tesseract-ocr-jpn");

            Files.createSymbolicLink(later, installedTesseract());
            JsonObject done = clerk.awaitState("/api/v1/intake/" + waiting.getJsonNumber("intakeId").longValue(),
                    Duration.ofMinutes(5), Set.of("INDEXED", "QUARANTINED"));
            assertThat(done.getString("state")).as("taken up again within a minute of Tesseract appearing")
                    .isEqualTo("INDEXED");
        } finally {
            Files.deleteIfExists(later);
        }
    }

    private static Path installedTesseract() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .map(d -> Path.of(d, "tesseract")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("Tesseract is not installed (.ci/run installs it)"));
    }
}
