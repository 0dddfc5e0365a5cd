package jp.shokuba.paper.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.paper.domain.Readings;
import jp.shokuba.platform.BusinessException;

/** What ADMIN sets: the cost model's constants, the reduction target per department, paper approvals counted by hand. */
@Stateless
public class PaperSettings {

    @Inject
    Readings readings;

    @Inject
    DirectoryService directory;

    @Inject
    AuditTrail audit;

    public List<Readings.Constant> constants() {
        return readings.constants();
    }

    public void setConstant(String key, BigDecimal value) throws BusinessException {
        if (value == null || value.signum() < 0 || value.compareTo(new BigDecimal("100000000")) > 0) {
            throw BusinessException.invalid("input.invalid", "値は0以上1億以下です");
        }
        if ("baseline_fiscal_year".equals(key) && (value.intValue() < 2000 || value.intValue() > 2100 || value.scale() > 0 && value.stripTrailingZeros().scale() > 0)) {
            throw BusinessException.invalid("input.invalid", "基準年度は2000〜2100の整数です");
        }
        if ("sheets_per_box".equals(key) || "toner_pages_per_box".equals(key) || "sheets_per_tree".equals(key)) {
            if (value.signum() == 0) {
                throw BusinessException.invalid("input.invalid", "枚数に0は指定できません");
            }
        }
        if (!readings.updateConstant(key, value)) {
            throw BusinessException.notFound("paper.constantNotFound", key);
        }
        audit.record(AuditEvent.of("paper.constant-set", "PaperConstant", key).withDetail(value.toPlainString()));
    }

    public void setTarget(String departmentCode, int fiscalYear, BigDecimal percent) throws BusinessException {
        directory.unit(departmentCode);
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw BusinessException.invalid("input.invalid", "目標削減率は0〜100%です");
        }
        readings.putTarget(departmentCode, fiscalYear, percent);
        audit.record(AuditEvent.of("paper.target-set", "Department", departmentCode).withDetail(fiscalYear + "年度 " + percent + "%"));
    }

    public void registerPaperApprovals(String departmentCode, YearMonth month, int count) throws BusinessException {
        directory.unit(departmentCode);
        if (count < 0 || count > 100_000) {
            throw BusinessException.invalid("input.invalid", "件数は0〜100,000です");
        }
        readings.putPaperApprovals(departmentCode, month, count);
        audit.record(AuditEvent.of("paper.paper-approvals", "Department", departmentCode).withDetail(month + " " + count + "件"));
    }
}
