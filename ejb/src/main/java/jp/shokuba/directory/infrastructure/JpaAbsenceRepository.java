package jp.shokuba.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.shokuba.directory.domain.Absence;
import jp.shokuba.directory.domain.AbsenceRepository;

@ApplicationScoped
public class JpaAbsenceRepository implements AbsenceRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Absence> byId(long id) {
        return Optional.ofNullable(em.find(Absence.class, id));
    }

    @Override
    public List<Absence> currentAndComing(LocalDate day) {
        return em.createQuery("SELECT a FROM Absence a WHERE a.lastDay >= :d ORDER BY a.firstDay, a.id", Absence.class)
                .setParameter("d", day).getResultList();
    }

    @Override
    public Optional<Absence> of(String login, LocalDate day) {
        // Asked in the middle of bookings and approval steps, whose pending changes never touch absences: no flush
        // of those changes first (it cost more than the query).
        return em.createQuery("SELECT a FROM Absence a WHERE a.staff.login = :l AND a.firstDay <= :d AND a.lastDay >= :d",
                        Absence.class).setParameter("l", login).setParameter("d", day).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }

    @Override
    public Absence add(Absence absence) {
        em.persist(absence);
        return absence;
    }

    @Override
    public void remove(Absence absence) {
        em.remove(absence);
    }
}
