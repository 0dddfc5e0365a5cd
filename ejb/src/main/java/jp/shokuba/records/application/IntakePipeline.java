package jp.shokuba.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.shokuba.records.domain.Classification;
import jp.shokuba.records.domain.Classifier;
import jp.shokuba.records.domain.IntakeState;
import jp.shokuba.records.domain.JapaneseText;
import jp.shokuba.records.domain.PageText;
import jp.shokuba.records.domain.PersonalData;
import jp.shokuba.records.domain.SearchTerms;
import jp.shokuba.records.infrastructure.FileInspection;
import jp.shokuba.records.infrastructure.IntakeRefusal;
import jp.shokuba.records.infrastructure.PageImages;
import jp.shokuba.records.infrastructure.PageReading;
import jp.shokuba.records.infrastructure.PiiKey;
import jp.shokuba.records.infrastructure.SearchablePdf;
import jp.shokuba.records.infrastructure.Tesseract;
import jp.shokuba.records.infrastructure.TikaText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Intake as an ordered list of small steps (after paperless-ngx's consumer). Each step reads and adds to the
 * {@link Work} and ends with a typed outcome: go on, wait for OCR, or quarantine with a reason a clerk reads.
 * Nothing is written until the last step, which writes pages, index, hashes and classification in one
 * transaction; a crash anywhere before leaves the intake unfinished, and a restart runs it again from the start.
 */
@ApplicationScoped
public class IntakePipeline {

    private static final Logger LOG = Logger.getLogger(IntakePipeline.class.getName());
    /** A page whose text layer has fewer letters than this is treated as a scan. */
    private static final int TEXT_PAGE_LETTERS = 20;

    @Inject
    IntakeWork work;

    @Inject
    PiiKey piiKey;

    @Inject
    @ConfigProperty(name = "shokuba.records.tesseract", defaultValue = "tesseract")
    String tesseractCommand;

    /** What a step leads to. */
    sealed interface Outcome {
        record Next() implements Outcome {
        }

        record WaitForOcr(String reason) implements Outcome {
        }

        record Quarantine(String reason) implements Outcome {
        }
    }

    private static final Outcome NEXT = new Outcome.Next();

    @FunctionalInterface
    interface Action {
        Outcome run(Work w) throws IOException;
    }

    record Step(String name, IntakeState state, Action action) {
    }

    /** The state of one file's intake between steps. */
    static final class Work {
        final IntakeWork.Job job;
        FileInspection.Inspected inspected;
        List<String> layerText = List.of();
        boolean[] needsOcr;
        final List<PageReading.Read> reads = new ArrayList<>();
        Classification classification;
        byte[] archive;

        Work(IntakeWork.Job job) {
            this.job = job;
        }
    }

    private final List<Step> steps = List.of(
            new Step("inspect", IntakeState.EXTRACTING, this::inspect),
            new Step("extract", IntakeState.EXTRACTING, this::extract),
            new Step("ocr-available", IntakeState.EXTRACTING, this::ocrAvailable),
            new Step("read-pages", IntakeState.OCR, this::readPages),
            new Step("classify", IntakeState.OCR, this::classify),
            new Step("archive", IntakeState.OCR, this::archive),
            new Step("index", IntakeState.OCR, this::index));

    public List<String> stepNames() {
        return steps.stream().map(Step::name).toList();
    }

    /** Runs one intake through every step; returns when it is indexed, waiting or quarantined. */
    public void run(long intakeId) {
        Optional<IntakeWork.Job> job = work.take(intakeId);
        if (job.isEmpty()) {
            return;
        }
        Work w = new Work(job.get());
        for (Step step : steps) {
            Outcome outcome;
            try {
                if (!step.name.equals("inspect")) {
                    work.progress(intakeId, step.state, step.name, w.reads.size(),
                            w.inspected == null ? null : w.inspected.pages());
                }
                outcome = step.action.run(w);
            } catch (IntakeRefusal refused) {
                outcome = new Outcome.Quarantine(refused.reason());
            } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError broken) {
                LOG.log(Level.WARNING, "intake " + intakeId + " failed at " + step.name, broken);
                outcome = new Outcome.Quarantine("取り込みの途中（" + step.name + "）で読み取れなくなりました。"
                        + "ファイルが壊れている可能性があります（" + broken.getClass().getSimpleName() + "）。");
            }
            if (outcome instanceof Outcome.Quarantine q) {
                work.quarantine(intakeId, step.name, q.reason());
                return;
            }
            if (outcome instanceof Outcome.WaitForOcr wait) {
                work.waitForOcr(intakeId, wait.reason());
                return;
            }
        }
    }

    private Outcome inspect(Work w) {
        w.inspected = FileInspection.inspect(w.job.original(), w.job.fileName());
        return NEXT;
    }

    private Outcome extract(Work w) {
        int pages = w.inspected.pages();
        w.needsOcr = new boolean[pages];
        if (w.inspected.kind() == FileInspection.Kind.IMAGE) {
            java.util.Arrays.fill(w.needsOcr, true);
            return NEXT;
        }
        List<String> texts = TikaText.pages(w.job.original());
        if (w.inspected.kind() == FileInspection.Kind.DOCUMENT) {
            w.needsOcr = new boolean[texts.size()];
        }
        List<String> layer = new ArrayList<>();
        for (int i = 0; i < w.needsOcr.length; i++) {
            String t = JapaneseText.display(i < texts.size() ? texts.get(i) : "");
            layer.add(t);
            long letters = t.codePoints().filter(Character::isLetterOrDigit).count();
            boolean myNumber = !PersonalData.scan(t).myNumbers().isEmpty();
            // A born-digital page with a My Number is read as a scan too: OCR's boxes say where to black it out.
            w.needsOcr[i] = w.inspected.kind() == FileInspection.Kind.PDF && (letters < TEXT_PAGE_LETTERS || myNumber);
        }
        w.layerText = layer;
        return NEXT;
    }

    private Outcome ocrAvailable(Work w) {
        boolean any = false;
        for (boolean b : w.needsOcr) {
            any |= b;
        }
        if (!any) {
            return NEXT;
        }
        List<String> missing = new Tesseract(tesseractCommand).missing();
        if (missing.isEmpty()) {
            return NEXT;
        }
        return new Outcome.WaitForOcr("OCR（Tesseract）が使えません（足りないもの: " + String.join(", ", missing)
                + "）。管理者が「" + Tesseract.INSTALL + "」でインストールすると自動で再開します。");
    }

    private Outcome readPages(Work w) throws IOException {
        Tesseract tesseract = new Tesseract(tesseractCommand);
        byte[] bytes = w.job.original();
        PDDocument pdf = w.inspected.kind() == FileInspection.Kind.PDF ? Loader.loadPDF(bytes) : null;
        try {
            for (int i = 0; i < w.needsOcr.length; i++) {
                int number = i + 1;
                if (w.needsOcr[i]) {
                    BufferedImage image = pdf != null ? PageImages.render(pdf, i) : PageImages.frame(bytes, i);
                    w.reads.add(PageReading.ocr(number, image, tesseract));
                } else {
                    w.reads.add(PageReading.text(number, null, w.layerText.get(i)));
                }
                work.progress(w.job.intakeId(), IntakeState.OCR, "read-pages", number, w.needsOcr.length);
            }
        } finally {
            if (pdf != null) {
                pdf.close();
            }
        }
        return NEXT;
    }

    private Outcome classify(Work w) {
        String text = w.reads.stream().limit(3).map(r -> r.page().text()).collect(Collectors.joining("\n"));
        w.classification = Classifier.classify(text, work.rules(), Optional.ofNullable(w.job.scanner()), null);
        return NEXT;
    }

    /**
     * The searchable copy. A PDF that needed no OCR is its own searchable copy; anything else is rebuilt from the
     * (redacted) page images with the masked text laid over them.
     */
    private Outcome archive(Work w) throws IOException {
        boolean anyOcr = w.reads.stream().anyMatch(r -> r.archiveJpeg() != null);
        if (w.inspected.kind() == FileInspection.Kind.DOCUMENT) {
            w.archive = null;
            return NEXT;
        }
        if (w.inspected.kind() == FileInspection.Kind.PDF && !anyOcr) {
            w.archive = w.job.original();
            return NEXT;
        }
        List<SearchablePdf.Page> pages = new ArrayList<>();
        PDDocument pdf = w.inspected.kind() == FileInspection.Kind.PDF ? Loader.loadPDF(w.job.original()) : null;
        try {
            for (int i = 0; i < w.reads.size(); i++) {
                PageReading.Read r = w.reads.get(i);
                if (r.archiveJpeg() != null) {
                    float dpi = pdf == null ? PageImages.DPI
                            : (float) (r.width() / (pdf.getPage(i).getCropBox().getWidth() / 72.0));
                    pages.add(new SearchablePdf.Page(r.archiveJpeg(), r.width(), r.height(), dpi, r.page().lines(),
                            r.page().text()));
                } else {
                    BufferedImage image = PageImages.grey(new org.apache.pdfbox.rendering.PDFRenderer(pdf)
                            .renderImageWithDPI(i, 150, org.apache.pdfbox.rendering.ImageType.GRAY));
                    pages.add(new SearchablePdf.Page(PageImages.jpeg(image, image.getWidth(), 0.7f),
                            image.getWidth(), image.getHeight(), 150, List.of(), r.page().text()));
                }
            }
        } finally {
            if (pdf != null) {
                pdf.close();
            }
        }
        w.archive = SearchablePdf.build(pages);
        return NEXT;
    }

    private Outcome index(Work w) {
        List<PageText> pages = w.reads.stream().map(PageReading.Read::page).toList();
        List<String> terms = pages.stream().map(p -> SearchTerms.vector(p.text())).toList();
        List<String[]> hashes = new ArrayList<>();
        Set<PersonalData.Kind> kinds = EnumSet.noneOf(PersonalData.Kind.class);
        for (PageText p : pages) {
            kinds.addAll(p.personalData());
            for (String n : p.myNumbers()) {
                hashes.add(new String[] {Integer.toString(p.number()), piiKey.hash(n)});
            }
        }
        String personal = kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        work.complete(w.job, pages, terms, hashes, w.classification, personal,
                kinds.contains(PersonalData.Kind.MY_NUMBER), w.archive);
        return NEXT;
    }
}
