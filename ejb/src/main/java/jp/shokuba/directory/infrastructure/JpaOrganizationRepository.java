package jp.shokuba.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.shokuba.directory.domain.OrganizationRepository;
import jp.shokuba.directory.domain.OrganizationUnit;

@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<OrganizationUnit> byId(long id) {
        return Optional.ofNullable(em.find(OrganizationUnit.class, id));
    }

    @Override
    public Optional<OrganizationUnit> byCode(String code) {
        return em.createQuery("SELECT u FROM OrganizationUnit u WHERE u.code = :c", OrganizationUnit.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public List<OrganizationUnit> all() {
        List<OrganizationUnit> units = new ArrayList<>(
                em.createQuery("SELECT u FROM OrganizationUnit u ORDER BY u.code", OrganizationUnit.class).getResultList());
        units.sort(Comparator.comparingInt((OrganizationUnit u) -> u.pathToRoot().size()).thenComparing(OrganizationUnit::code));
        return units;
    }

    @Override
    public OrganizationUnit add(OrganizationUnit unit) {
        em.persist(unit);
        return unit;
    }
}
