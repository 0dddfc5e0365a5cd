package jp.shokuba.seating.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Buildings, floors, zones, desks, rooms, lockers, blocks, rules and what seating knows of people. */
public interface Places {

    List<Floor> floors();

    Optional<Floor> floor(long id);

    Optional<Building> buildingNamed(String name);

    List<Zone> zones(long floorId);

    Optional<Zone> zone(long id);

    List<Desk> desks(long floorId);

    Optional<Desk> desk(long id);

    Optional<Desk> deskLabelled(long floorId, String label);

    /** The desk with its zone's teams, for the booking rules. */
    Optional<DeskFacts> deskFacts(long deskId);

    List<Room> rooms();

    Optional<Room> room(long id);

    List<Locker> lockers(long floorId);

    Optional<Locker> lockerOf(String login);

    Optional<Locker> locker(long id);

    List<FloorBlock> blocks(long floorId, LocalDate from);

    Optional<FloorBlock> blockOn(long floorId, LocalDate day);

    Optional<FloorBlock> block(long id);

    List<FloorOpening> openings(long floorId, LocalDate from);

    Optional<FloorOpening> opening(long id);

    /** The floors opened for booking on that day (which matters only on a day the city hall is closed). */
    Set<Long> floorsOpenOn(LocalDate day);

    SeatingRules rules();

    Optional<SeatingPerson> person(String login);

    /** The person's record, created empty on first use. */
    SeatingPerson personForUpdate(String login);

    Optional<SeatingPerson> personWithSecret(String secret);

    <T> T add(T placeOrThing);

    void remove(Object thing);
}
