package jp.shokuba.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import jp.shokuba.directory.domain.OrganizationUnit;
import jp.shokuba.directory.domain.Position;
import jp.shokuba.directory.domain.Staff;
import jp.shokuba.directory.domain.StaffRepository;
import jp.shokuba.platform.LikePattern;

@ApplicationScoped
public class JpaStaffRepository implements StaffRepository {

    private static final String LIKE = " LIKE :like" + LikePattern.ESCAPE_CLAUSE;
    private static final String MATCHING = " FROM Staff s WHERE (:text = '' OR s.login" + LIKE + " OR s.employeeNumber" + LIKE
            + " OR CONCAT(s.name.family, s.name.given)" + LIKE + " OR CONCAT(s.name.familyKana, s.name.givenKana)" + LIKE
            + " OR s.unit.name" + LIKE + ")";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Staff> byId(long id) {
        return Optional.ofNullable(em.find(Staff.class, id));
    }

    @Override
    public Optional<Staff> byLogin(String login) {
        return single(em.createQuery("SELECT s FROM Staff s WHERE s.login = :v", Staff.class).setParameter("v", login));
    }

    @Override
    public Optional<Staff> byEmployeeNumber(String employeeNumber) {
        return single(em.createQuery("SELECT s FROM Staff s WHERE s.employeeNumber = :v", Staff.class)
                .setParameter("v", employeeNumber));
    }

    @Override
    public Optional<Staff> bySingleSignOnSubject(String subject) {
        return single(em.createQuery("SELECT s FROM Staff s WHERE s.singleSignOnSubject = :v", Staff.class)
                .setParameter("v", subject));
    }

    @Override
    public List<Staff> search(String text, int first, int max) {
        return matching(em.createQuery("SELECT s" + MATCHING + " ORDER BY s.employeeNumber", Staff.class), text)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(String text) {
        return matching(em.createQuery("SELECT COUNT(s)" + MATCHING, Long.class), text).getSingleResult();
    }

    @Override
    public List<Staff> membersOf(OrganizationUnit unit) {
        return em.createQuery("SELECT s FROM Staff s WHERE s.unit = :u AND s.active = TRUE ORDER BY s.employeeNumber",
                Staff.class).setParameter("u", unit).getResultList();
    }

    @Override
    public List<Staff> withPosition(Position position) {
        return em.createQuery("SELECT s FROM Staff s WHERE s.position = :p AND s.active = TRUE ORDER BY s.employeeNumber",
                Staff.class).setParameter("p", position).getResultList();
    }

    @Override
    public OptionalInt securityVersion(String login, boolean demoMode) {
        return em.createQuery("SELECT s.securityVersion FROM Staff s WHERE s.login = :login AND s.active = TRUE"
                        + " AND (s.demo = FALSE OR :demo = TRUE)", Integer.class)
                .setParameter("login", login).setParameter("demo", demoMode)
                .getResultStream().mapToInt(Integer::intValue).findFirst();
    }

    @Override
    public Staff add(Staff staff) {
        em.persist(staff);
        return staff;
    }

    private static <T> TypedQuery<T> matching(TypedQuery<T> query, String text) {
        String t = text == null ? "" : text.strip().replace(" ", "").replace("\u3000", "");
        return query.setParameter("text", t).setParameter("like", LikePattern.containing(t));
    }

    private static <T> Optional<T> single(TypedQuery<T> query) {
        return query.getResultStream().findFirst();
    }

    @Override
    public long countDemo() {
        return em.createQuery("SELECT COUNT(s) FROM Staff s WHERE s.demo = true", Long.class).getSingleResult();
    }
}
