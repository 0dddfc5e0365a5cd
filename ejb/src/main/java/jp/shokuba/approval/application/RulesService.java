package jp.shokuba.approval.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shokuba.approval.domain.ApprovalProcess;
import jp.shokuba.approval.domain.ApprovalRepository;
import jp.shokuba.approval.domain.DocumentType;
import jp.shokuba.approval.domain.RuleLine;
import jp.shokuba.approval.domain.RulesRepository;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.PostSummary;
import jp.shokuba.platform.BusinessException;

/**
 * The delegation rules (専決規程) as admins edit them: every save is a new version, deployed to the engine as a
 * decision table; documents keep the version they were routed by. The last line must catch everything, so
 * that every document has a final authority.
 */
@Stateless
public class RulesService {

    @Inject
    RulesRepository rules;

    @Inject
    ApprovalRepository approvals;

    @Inject
    ApprovalProcess process;

    @Inject
    DirectoryService directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public RulesRepository.RulesVersion current() throws BusinessException {
        return rules.current().orElseThrow(() -> BusinessException.conflict("rules.none"));
    }

    public List<RulesRepository.RulesVersion> versions() {
        return rules.all();
    }

    public int save(String login, List<RuleLine> lines, String note) throws BusinessException {
        Set<String> types = approvals.types().stream().map(DocumentType::code).collect(Collectors.toSet());
        Set<String> posts = directory.posts().stream().filter(PostSummary::approves).map(PostSummary::code)
                .collect(Collectors.toSet());
        if (lines.isEmpty()) {
            throw BusinessException.invalid("rules.invalid", 1, "行がありません");
        }
        for (int i = 0; i < lines.size(); i++) {
            RuleLine l = lines.get(i);
            if (l.documentType() != null && !types.contains(l.documentType())) {
                throw BusinessException.invalid("rules.invalid", i + 1, "文書種別 " + l.documentType());
            }
            if (l.finalPosition() == null || !posts.contains(l.finalPosition())) {
                throw BusinessException.invalid("rules.invalid", i + 1, "決裁者の職位 " + l.finalPosition());
            }
            if (l.amountUpTo() != null && !jp.shokuba.approval.domain.Approval.isYenAmount(l.amountUpTo())) {
                throw BusinessException.invalid("rules.invalid", i + 1, "金額");
            }
        }
        RuleLine last = lines.get(lines.size() - 1);
        if (last.documentType() != null || last.amountUpTo() != null) {
            throw BusinessException.invalid("rules.invalid", lines.size(), "最後の行は種別も金額も空欄（その他すべて）にしてください");
        }
        int version = rules.current().map(RulesRepository.RulesVersion::version).orElse(0) + 1;
        String definition = process.deployRules(version, lines);
        rules.add(new RulesRepository.RulesVersion(version, clock.instant(), login,
                note == null ? "" : note.strip(), definition, List.copyOf(lines)));
        audit.recordAs(login, AuditEvent.of("approval.rules-saved", "DelegationRules", version)
                .withDetail(lines.size() + " 行" + (note == null || note.isBlank() ? "" : " 「" + note.strip() + "」")));
        return version;
    }
}
