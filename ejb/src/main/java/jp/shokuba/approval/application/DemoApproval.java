package jp.shokuba.approval.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import jp.shokuba.approval.domain.Approval;
import jp.shokuba.approval.domain.ApprovalRepository;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.DemoData;

/**
 * The demo city hall's document numbering abbreviations (金企第…号 for 企画調整課) and a few documents of 田中:
 * a draft, a small purchase waiting for 佐藤 and a report that may be approved in bulk.
 */
@Stateless
public class DemoApproval implements DemoData {

    private static final Map<String, String> ABBREVIATIONS = Map.of("0110", "総", "0120", "秘", "0130", "情",
            "0210", "企", "0220", "広", "0230", "交", "0240", "統", "0250", "歩", "0310", "市", "0410", "文");

    @Inject
    ApprovalRepository approvals;

    @Inject
    ApprovalService service;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean present() {
        return approvals.abbreviation("0210").isPresent();
    }

    @Override
    public void load() {
        ABBREVIATIONS.forEach(approvals::abbreviate);
        try {
            loadDocuments();
        } catch (BusinessException e) {
            throw new IllegalStateException("demo documents not loaded", e);
        }
    }

    private void loadDocuments() throws BusinessException {
        service.create("tanaka", new Approval.Content("会議用プロジェクターの購入", "EXPENDITURE",
                new BigDecimal(180_000), "北陸事務機株式会社", "会議室のプロジェクターが故障したため、1台購入したい。", false, Set.of()));
        long purchase = service.create("tanaka", new Approval.Content("コピー用紙の購入（11月分）", "EXPENDITURE",
                new BigDecimal(48_000), "株式会社 金沢紙業", "A4コピー用紙 40箱を購入したい。", false, Set.of()));
        service.submit("tanaka", purchase);
        long report = service.create("tanaka", new Approval.Content("ペーパーレス会議の利用状況（10月）", "REPORT",
                null, null, "10月のペーパーレス会議は32件、紙の配布資料は前年同月比で41%減った。", false, Set.of()));
        service.submit("tanaka", report);
    }
}
