package jp.shokuba.seating.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shokuba.seating.domain.Building;
import jp.shokuba.seating.domain.Desk;
import jp.shokuba.seating.domain.DeskFacts;
import jp.shokuba.seating.domain.Floor;
import jp.shokuba.seating.domain.FloorBlock;
import jp.shokuba.seating.domain.FloorOpening;
import jp.shokuba.seating.domain.Locker;
import jp.shokuba.seating.domain.Places;
import jp.shokuba.seating.domain.Room;
import jp.shokuba.seating.domain.SeatingPerson;
import jp.shokuba.seating.domain.SeatingRules;
import jp.shokuba.seating.domain.Zone;

@ApplicationScoped
public class JpaPlaces implements Places {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Floor> floors() {
        return em.createQuery("SELECT f FROM Floor f ORDER BY f.building.name, f.level, f.name", Floor.class).getResultList();
    }

    @Override
    public Optional<Floor> floor(long id) {
        return Optional.ofNullable(em.find(Floor.class, id));
    }

    @Override
    public Optional<Building> buildingNamed(String name) {
        return first(em.createQuery("SELECT b FROM Building b WHERE b.name = :n", Building.class).setParameter("n", name));
    }

    @Override
    public List<Zone> zones(long floorId) {
        return em.createQuery("SELECT z FROM Zone z WHERE z.floor.id = :f ORDER BY z.name", Zone.class)
                .setParameter("f", floorId).getResultList();
    }

    @Override
    public Optional<Zone> zone(long id) {
        return Optional.ofNullable(em.find(Zone.class, id));
    }

    @Override
    public List<Desk> desks(long floorId) {
        return em.createQuery("SELECT d FROM Desk d WHERE d.floor.id = :f AND d.active = TRUE ORDER BY d.label", Desk.class)
                .setParameter("f", floorId).getResultList();
    }

    @Override
    public Optional<Desk> desk(long id) {
        return Optional.ofNullable(em.find(Desk.class, id));
    }

    @Override
    public Optional<Desk> deskLabelled(long floorId, String label) {
        return first(em.createQuery("SELECT d FROM Desk d WHERE d.floor.id = :f AND d.label = :l", Desk.class)
                .setParameter("f", floorId).setParameter("l", label));
    }

    @Override
    public Optional<DeskFacts> deskFacts(long deskId) {
        List<?> rows = em.createNativeQuery("SELECT d.id, d.label, d.floor_id, d.x, d.y, d.accessible_reserved, z.name,"
                        + " (SELECT string_agg(t.unit_code, ',') FROM seating.zone_team t WHERE t.zone_id = d.zone_id)"
                        + " FROM seating.desk d LEFT JOIN seating.zone z ON z.id = d.zone_id WHERE d.id = ? AND d.active")
                .setParameter(1, deskId).getResultList();
        return rows.stream().map(r -> facts((Object[]) r)).findFirst();
    }

    static DeskFacts facts(Object[] r) {
        return new DeskFacts(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), (Boolean) r[5], (String) r[6], teams((String) r[7]));
    }

    static Set<String> teams(String joined) {
        return joined == null ? Set.of() : Arrays.stream(joined.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<Room> rooms() {
        return em.createQuery("SELECT r FROM Room r ORDER BY r.floor.building.name, r.floor.level, r.name", Room.class)
                .getResultList();
    }

    @Override
    public Optional<Room> room(long id) {
        return Optional.ofNullable(em.find(Room.class, id));
    }

    @Override
    public List<Locker> lockers(long floorId) {
        return em.createQuery("SELECT l FROM Locker l WHERE l.floor.id = :f ORDER BY l.label", Locker.class)
                .setParameter("f", floorId).getResultList();
    }

    @Override
    public Optional<Locker> lockerOf(String login) {
        return first(em.createQuery("SELECT l FROM Locker l WHERE l.holderLogin = :l", Locker.class).setParameter("l", login));
    }

    @Override
    public Optional<Locker> locker(long id) {
        return Optional.ofNullable(em.find(Locker.class, id));
    }

    @Override
    public List<FloorBlock> blocks(long floorId, LocalDate from) {
        return em.createQuery("SELECT b FROM FloorBlock b WHERE b.floor.id = :f AND b.lastDay >= :d ORDER BY b.firstDay",
                FloorBlock.class).setParameter("f", floorId).setParameter("d", from).getResultList();
    }

    @Override
    public Optional<FloorBlock> blockOn(long floorId, LocalDate day) {
        return first(em.createQuery("SELECT b FROM FloorBlock b WHERE b.floor.id = :f AND b.firstDay <= :d AND b.lastDay >= :d",
                FloorBlock.class).setParameter("f", floorId).setParameter("d", day));
    }

    @Override
    public Optional<FloorBlock> block(long id) {
        return Optional.ofNullable(em.find(FloorBlock.class, id));
    }

    @Override
    public List<FloorOpening> openings(long floorId, LocalDate from) {
        return em.createQuery("SELECT o FROM FloorOpening o WHERE o.floor.id = :f AND o.lastDay >= :d ORDER BY o.firstDay",
                FloorOpening.class).setParameter("f", floorId).setParameter("d", from).getResultList();
    }

    @Override
    public Optional<FloorOpening> opening(long id) {
        return Optional.ofNullable(em.find(FloorOpening.class, id));
    }

    @Override
    public Set<Long> floorsOpenOn(LocalDate day) {
        return Set.copyOf(em.createQuery("SELECT DISTINCT o.floor.id FROM FloorOpening o WHERE o.firstDay <= :d AND o.lastDay >= :d",
                Long.class).setParameter("d", day).getResultList());
    }

    @Override
    public SeatingRules rules() {
        return em.find(SeatingRules.class, 1);
    }

    @Override
    public Optional<SeatingPerson> person(String login) {
        return Optional.ofNullable(em.find(SeatingPerson.class, login));
    }

    @Override
    public SeatingPerson personForUpdate(String login) {
        em.createNativeQuery("INSERT INTO seating.person (login) VALUES (?) ON CONFLICT DO NOTHING")
                .setParameter(1, login).executeUpdate();
        return em.find(SeatingPerson.class, login);
    }

    @Override
    public Optional<SeatingPerson> personWithSecret(String secret) {
        return first(em.createQuery("SELECT p FROM SeatingPerson p WHERE p.calendarSecret = :s", SeatingPerson.class)
                .setParameter("s", secret));
    }

    @Override
    public <T> T add(T thing) {
        em.persist(thing);
        em.flush();
        return thing;
    }

    @Override
    public void remove(Object thing) {
        em.remove(thing);
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        // No setMaxResults: EclipseLink writes the limit into the SQL and prepares the query anew on every call, which
        // cost more than the query itself; these queries match a row or two at most.
        return query.getResultList().stream().findFirst();
    }
}
