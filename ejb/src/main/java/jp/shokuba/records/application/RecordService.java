package jp.shokuba.records.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.CityTime;
import jp.shokuba.records.domain.Classification;
import jp.shokuba.records.domain.PersonalData;
import jp.shokuba.records.domain.SearchTerms;
import jp.shokuba.records.domain.TextLine;
import jp.shokuba.records.infrastructure.JdbcRecords;
import jp.shokuba.records.infrastructure.PageImages;
import jp.shokuba.records.infrastructure.PiiKey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Finding and reading records. Everything served is masked: texts, snippets, previews and the searchable copy
 * carry no My Number. The original (the paper as scanned) of a record with a My Number goes only to RECORDS_PII,
 * and each such download is audited; so is every search by a My Number, which only RECORDS_PII may make (it is
 * answered from the keyed hashes, never from the text).
 */
@Stateless
@DeclareRoles({"RECORDS", "RECORDS_PII"})
public class RecordService {

    public static final String PII_ROLE = "RECORDS_PII";

    @Inject
    JdbcRecords records;

    @Inject
    PiiKey piiKey;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    public SearchResult search(SearchQuery query) throws BusinessException {
        if (query.size() < 1 || query.size() > SearchQuery.MAX_SIZE) {
            throw BusinessException.invalid("records.search.size", SearchQuery.MAX_SIZE);
        }
        String q = query.q() == null ? "" : query.q().strip();
        Optional<String> myNumber = PersonalData.asMyNumber(q);
        if (myNumber.isPresent() && session.isCallerInRole(PII_ROLE)) {
            String hmac = piiKey.hash(myNumber.get());
            audit.record(AuditEvent.of("records.mynumber.searched", IntakeService.OBJECT, "search")
                    .withDetail("マイナンバーによる検索（番号は記録しません）"));
            List<JdbcRecords.Hit> hits = records.pagesByHash(hmac, query.size());
            return new SearchResult(hits.size(), hits.stream().map(h -> hit(h, "")).toList());
        }
        Optional<String> tsquery = SearchTerms.query(q);
        if (tsquery.isEmpty()) {
            throw BusinessException.invalid("records.search.empty");
        }
        long[] total = new long[1];
        List<JdbcRecords.Hit> hits = records.search(tsquery.get(), SearchTerms.rankingQuery(q).orElse(null),
                new JdbcRecords.Filters(blank(query.department()), blank(query.type()), query.fiscalYear(),
                        query.from(), query.to(), query.minAmount(), query.maxAmount(), blank(query.counterparty())),
                query.size(), total);
        return new SearchResult(total[0], hits.stream().map(h -> hit(h, q)).toList());
    }

    private static SearchResult.Hit hit(JdbcRecords.Hit h, String q) {
        return new SearchResult.Hit(h.recordId(), h.fileName(), h.title(), h.page(), RecordSnippets.snippet(h.text(), q));
    }

    public RecordDetail record(long id) throws BusinessException {
        JdbcRecords.RecordRow r = records.record(id)
                .orElseThrow(() -> BusinessException.notFound("records.record.notFound", id));
        Classification c = new Classification(r.title(), r.documentType(), r.department(), r.counterparty(),
                r.amount(), r.documentDate(), r.retentionYears());
        List<String> personal = r.personalData().isBlank() ? List.of() : Arrays.asList(r.personalData().split(","));
        return new RecordDetail(r.id(), r.fileName(), r.sha256(), r.size(), r.source(), r.receivedAt(), r.title(),
                r.documentType(), r.department(), r.counterparty(), r.amount(), r.documentDate(), r.fiscalYear(),
                r.retentionYears(), c.disposalDate(r.receivedAt().atZone(CityTime.ZONE).toLocalDate()).orElse(null),
                r.pageCount(), personal, r.hasMyNumber(), r.hasArchive(),
                records.intakesOf(id).stream().map(IntakeService::status).toList());
    }

    public byte[] searchableCopy(long id) throws BusinessException {
        record(id);
        return records.archivePdf(id).orElseThrow(() -> BusinessException.notFound("records.pdf.notYet", id));
    }

    /** The original: to anyone of RECORDS when it holds no My Number, else to RECORDS_PII only, audited. */
    public byte[] original(long id) throws BusinessException {
        RecordDetail r = record(id);
        if (r.hasMyNumber()) {
            if (!session.isCallerInRole(PII_ROLE)) {
                throw BusinessException.forbidden("records.original.pii");
            }
            audit.record(AuditEvent.of("records.original.unmasked", IntakeService.OBJECT, id)
                    .withDetail(r.fileName() + "（マイナンバーを含む原本の閲覧）"));
        }
        return records.original(id).orElseThrow();
    }

    public PageView page(long id, int page, String query) throws BusinessException {
        RecordDetail r = record(id);
        JdbcRecords.PageRow p = records.page(id, page)
                .orElseThrow(() -> BusinessException.notFound("records.page.notFound", id, page));
        List<TextLine> marked = query == null || query.isBlank() ? List.of()
                : p.lines().stream().filter(l -> Arrays.stream(query.strip().split("\\s+")).anyMatch(l::contains))
                .toList();
        return new PageView(id, page, r.pageCount() == null ? 0 : r.pageCount(), r.fileName(), r.title(), p.text(),
                p.lines(), marked, p.source());
    }

    /** The page image people see: the redacted scan, or a rendering of the searchable copy's page. */
    public byte[] preview(long id, int page) throws BusinessException {
        Optional<byte[]> stored = records.preview(id, page);
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] pdf = searchableCopy(id);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw BusinessException.notFound("records.page.notFound", id, page);
            }
            return PageImages.jpeg(new PDFRenderer(doc).renderImageWithDPI(page - 1, 100, ImageType.GRAY), 1000, 0.75f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clerk's correction of the classification, audited. */
    public RecordDetail correct(long id, Classification c) throws BusinessException {
        RecordDetail before = record(id);
        if (c.retentionYears() != null && !List.of(0, 1, 3, 5, 10, 30).contains(c.retentionYears())) {
            throw BusinessException.invalid("records.retention.invalid");
        }
        int fy = c.fiscalYear(before.receivedAt().atZone(CityTime.ZONE).toLocalDate());
        records.correct(id, c, fy, session.getCallerPrincipal().getName());
        audit.record(AuditEvent.of("records.classification.corrected", IntakeService.OBJECT, id)
                .withDetail(c.documentType() + " / " + c.department() + " / " + c.counterparty()));
        return record(id);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
