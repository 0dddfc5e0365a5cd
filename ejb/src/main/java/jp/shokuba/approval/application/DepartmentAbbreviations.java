package jp.shokuba.approval.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.shokuba.approval.domain.ApprovalRepository;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.UnitSummary;
import jp.shokuba.platform.BusinessException;

/**
 * The abbreviation of each 課 in document numbers (金企第123号: 企 for 企画調整課). Every department that drafts
 * needs one (submission refuses a department without), and no two share one: the database's UNIQUE constraint
 * makes it so, since two departments answering to 企 would both number 金企第1号 and the second final approval
 * would fail for good. Kanji or kana only, so no abbreviation can equal a department code.
 */
@Stateless
public class DepartmentAbbreviations {

    private static final Pattern ABBREVIATION = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{1,4}");
    private static final Set<String> DRAFTING_KINDS = Set.of("DEPARTMENT", "OFFICE");

    @Inject
    ApprovalRepository approvals;

    @Inject
    DirectoryService directory;

    @Inject
    AuditTrail audit;

    /** A department and its abbreviation, or null while it has none. */
    public record Line(String departmentCode, String departmentName, String path, String abbreviation) {
    }

    public List<Line> all() {
        Map<String, String> set = approvals.abbreviations();
        return directory.organisation().stream().filter(u -> DRAFTING_KINDS.contains(u.kind()))
                .map(u -> new Line(u.code(), u.name(), u.path(), set.get(u.code()))).toList();
    }

    @RolesAllowed("ADMIN")
    public Line set(String login, String departmentCode, String abbreviation) throws BusinessException {
        UnitSummary unit = directory.organisation().stream()
                .filter(u -> u.code().equals(departmentCode) && DRAFTING_KINDS.contains(u.kind())).findFirst()
                .orElseThrow(() -> BusinessException.notFound("abbreviation.unknownDepartment", departmentCode));
        String a = abbreviation == null ? "" : abbreviation.strip();
        if (!ABBREVIATION.matcher(a).matches()) {
            throw BusinessException.invalid("abbreviation.invalid");
        }
        for (Map.Entry<String, String> e : approvals.abbreviations().entrySet()) {
            if (e.getValue().equals(a) && !e.getKey().equals(departmentCode)) {
                String holder = directory.organisation().stream().filter(u -> u.code().equals(e.getKey()))
                        .map(UnitSummary::name).findFirst().orElse(e.getKey());
                throw BusinessException.conflict("abbreviation.taken", a, holder);
            }
        }
        try {
            approvals.abbreviate(departmentCode, a);
        } catch (PersistenceException raced) { // the UNIQUE constraint: someone took it meanwhile
            throw BusinessException.conflict("abbreviation.taken", a, "?");
        }
        audit.recordAs(login, AuditEvent.of("approval.abbreviation-set", "Department", departmentCode).withDetail(unit.name() + " → " + a));
        return new Line(unit.code(), unit.name(), unit.path(), a);
    }
}
