package jp.shokuba.approval.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;

/** Counts of approvals for other contexts' indicators (the paper dashboard's electronic approval rate). */
@Stateless
public class ApprovalStatistics {

    @PersistenceContext
    EntityManager em;

    /** Documents approved electronically per department code in a fiscal year (年度). */
    public Map<String, Long> approvedPerDepartment(int fiscalYear) {
        Map<String, Long> counts = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT department_code, count(*) FROM approval.approval"
                + " WHERE state = 'APPROVED' AND fiscal_year = ? GROUP BY department_code").setParameter(1, fiscalYear).getResultList()) {
            Object[] r = (Object[]) o;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }
}
