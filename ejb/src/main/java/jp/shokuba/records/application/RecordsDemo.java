package jp.shokuba.records.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import jp.shokuba.platform.DemoData;
import jp.shokuba.records.corpus.PaperDocument;
import jp.shokuba.records.corpus.ScannedPaper;
import jp.shokuba.records.infrastructure.IntakeStorage;
import jp.shokuba.records.infrastructure.JdbcRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo's paper: {@code shokuba.records.demo-documents} generated documents (24 by default) handed to intake
 * at first start as if scanned: invoices, applications with decoy My Numbers, vertical letters, at 200 and 300
 * dpi, skewed and speckled, and one born-digital PDF. OCR then runs in the background like any scan.
 */
@Stateless
public class RecordsDemo implements DemoData {

    @Inject
    IntakeStorage storage;

    @Inject
    IntakeService intake;

    @Inject
    JdbcRecords records;

    @Inject
    @ConfigProperty(name = "shokuba.records.demo-documents", defaultValue = "24")
    int documents;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean present() {
        return documents <= 0 || !records.intakes(1).isEmpty();
    }

    @Override
    public void load() {
        Random r = new Random(2024);
        for (int n = 0; n < documents; n++) {
            PaperDocument d = ScannedPaper.any(r, n);
            int dpi = n % 3 == 0 ? 200 : 300;
            byte[] bytes = n == 3 ? ScannedPaper.bornDigitalPdf(List.of(d))
                    : ScannedPaper.scannedPdf(List.of(ScannedPaper.scan(d, dpi, 0.8, n)), dpi);
            hand(bytes, d.fileName());
        }
    }

    private void hand(byte[] bytes, String name) {
        try {
            IntakeStorage.Staged staged = storage.stage(new ByteArrayInputStream(bytes));
            try {
                intake.receive(staged, name, "application/pdf", "scanner:demo-mfp", "demo-mfp", null);
            } finally {
                storage.release(staged);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
