package jp.shokuba.paper.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.shokuba.paper.domain.Device;
import jp.shokuba.paper.domain.Devices;

@ApplicationScoped
public class JpaDevices implements Devices {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Device> all() {
        return em.createQuery("SELECT d FROM Device d ORDER BY d.departmentCode, d.address", Device.class).getResultList();
    }

    @Override
    public Optional<Device> byId(long id) {
        return Optional.ofNullable(em.find(Device.class, id));
    }

    @Override
    public Optional<Device> byAddress(String address) {
        return em.createQuery("SELECT d FROM Device d WHERE d.address = :a", Device.class).setParameter("a", address)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Device device) {
        em.persist(device);
    }
}
