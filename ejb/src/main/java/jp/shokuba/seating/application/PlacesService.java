package jp.shokuba.seating.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.Building;
import jp.shokuba.seating.domain.Desk;
import jp.shokuba.seating.domain.DeskFeature;
import jp.shokuba.seating.domain.Floor;
import jp.shokuba.seating.domain.FloorBlock;
import jp.shokuba.seating.domain.FloorOpening;
import jp.shokuba.seating.domain.Locker;
import jp.shokuba.seating.domain.Places;
import jp.shokuba.seating.domain.Room;
import jp.shokuba.seating.domain.SeatingPerson;
import jp.shokuba.seating.domain.SeatingRules;
import jp.shokuba.seating.domain.Zone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What facilities staff (FACILITIES) manage: buildings and floors with their plans, desks placed on the plan
 * (by clicking or by a CSV of coordinates), zones and team neighbourhoods, rooms, lockers, the booking rules,
 * floor blocks and who has an accessibility need. The REST resources and pages only let FACILITIES in.
 */
@Stateless
public class PlacesService {

    @Inject
    Places places;

    @Inject
    Bookings bookings;

    @Inject
    DirectoryService directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<FloorChanged> floorChanged;

    @PersistenceContext
    EntityManager em;

    public FloorSummary addFloor(String buildingName, String floorName, int level, int width, int height)
            throws BusinessException {
        try {
            Building building = places.buildingNamed(buildingName == null ? "" : buildingName.strip())
                    .orElseGet(() -> places.add(new Building(buildingName)));
            Floor floor = places.add(new Floor(building, floorName, level, width, height));
            audit.record(AuditEvent.of("seating.floor-added", "Floor", floor.id()).withDetail(building.name() + " " + floor.name()));
            return FloorSummary.of(floor);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        } catch (PersistenceException duplicate) {
            throw BusinessException.conflict("seating.duplicate", floorName);
        }
    }

    public FloorSummary uploadPlan(long floorId, byte[] content, String contentType, Integer width, Integer height)
            throws BusinessException {
        Floor floor = floor(floorId);
        try {
            floor.replacePlan(content, contentType);
            if (width != null && height != null) {
                floor.resize(width, height);
            }
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        }
        audit.record(AuditEvent.of("seating.plan-uploaded", "Floor", floorId).withDetail(contentType + ", " + content.length + " bytes"));
        return FloorSummary.of(floor);
    }

    public List<DeskSummary> desks(long floorId) throws BusinessException {
        floor(floorId);
        return places.desks(floorId).stream().map(DeskSummary::of).toList();
    }

    /** Places a desk on the plan (a click on the page, or one CSV line). */
    public DeskSummary addDesk(long floorId, DeskInput input) throws BusinessException {
        Floor floor = floor(floorId);
        if (places.deskLabelled(floorId, input.label() == null ? "" : input.label().strip()).isPresent()) {
            throw BusinessException.conflict("seating.duplicate", input.label());
        }
        try {
            Desk desk = new Desk(floor, input.label(), input.x(), input.y());
            describe(desk, floorId, input);
            places.add(desk);
            audit.record(AuditEvent.of("seating.desk-placed", "Desk", desk.id())
                    .withDetail(floor.name() + " " + desk.label() + " at " + input.x() + "," + input.y()));
            floorChanged.fire(new FloorChanged(floorId, LocalDate.now(clock)));
            return DeskSummary.of(desk);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        }
    }

    public DeskSummary updateDesk(long deskId, DeskInput input) throws BusinessException {
        Desk desk = places.desk(deskId).filter(Desk::active)
                .orElseThrow(() -> BusinessException.notFound("seating.deskNotFound", deskId));
        try {
            desk.moveTo(input.x(), input.y());
            describe(desk, desk.floor().id(), input);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        }
        audit.record(AuditEvent.of("seating.desk-moved", "Desk", deskId)
                .withDetail(desk.label() + " at " + input.x() + "," + input.y()));
        floorChanged.fire(new FloorChanged(desk.floor().id(), LocalDate.now(clock)));
        return DeskSummary.of(desk);
    }

    public void retireDesk(long deskId) throws BusinessException {
        Desk desk = places.desk(deskId).orElseThrow(() -> BusinessException.notFound("seating.deskNotFound", deskId));
        desk.retire();
        audit.record(AuditEvent.of("seating.desk-retired", "Desk", deskId).withDetail(desk.label()));
        floorChanged.fire(new FloorChanged(desk.floor().id(), LocalDate.now(clock)));
    }

    private void describe(Desk desk, long floorId, DeskInput input) {
        Set<DeskFeature> features = EnumSet.noneOf(DeskFeature.class);
        for (String f : input.features() == null ? Set.<String>of() : input.features()) {
            if (!f.isBlank()) {
                try {
                    features.add(DeskFeature.valueOf(f.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("不明な設備: " + f + "（" + List.of(DeskFeature.values()) + "）");
                }
            }
        }
        desk.equip(features);
        desk.reserveForAccessibility(input.accessibleReserved());
        String zone = input.zone() == null ? "" : input.zone().strip();
        desk.placeIn(zone.isEmpty() ? null : places.zones(floorId).stream().filter(z -> z.name().equals(zone)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("ゾーン「" + zone + "」はこのフロアにありません")));
    }

    /**
     * Desks from a CSV of coordinates: {@code 席番号,x,y,ゾーン,設備,配慮席} (header optional; 設備 separated by
     * ";"; 配慮席 1/0). A known label moves the desk, a new one adds it. All or nothing: any bad line refuses the
     * whole file, naming each bad line.
     */
    public int importDesks(long floorId, byte[] csv) throws BusinessException {
        Floor floor = floor(floorId);
        List<DeskInput> inputs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "")),
                CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get())) {
            for (CSVRecord r : parser) {
                if (r.getRecordNumber() == 1 && !r.get(0).isEmpty() && r.size() > 1 && !r.get(1).matches("\\d+")) {
                    continue;
                }
                try {
                    inputs.add(new DeskInput(r.get(0), Integer.parseInt(r.get(1)), Integer.parseInt(r.get(2)),
                            r.size() > 3 ? r.get(3) : "", r.size() > 4 ? Set.of(r.get(4).split(";")) : Set.of(),
                            r.size() > 5 && (r.get(5).equals("1") || r.get(5).equalsIgnoreCase("true"))));
                } catch (RuntimeException e) {
                    errors.add(r.getRecordNumber() + ": " + e.getMessage());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw BusinessException.invalid("csv.unreadable", e.getMessage());
        }
        int n = 0;
        for (DeskInput input : inputs) {
            try {
                Desk desk = places.deskLabelled(floorId, input.label().strip()).orElse(null);
                if (desk == null) {
                    desk = new Desk(floor, input.label(), input.x(), input.y());
                    describe(desk, floorId, input);
                    places.add(desk);
                } else {
                    desk.moveTo(input.x(), input.y());
                    describe(desk, floorId, input);
                }
                n++;
            } catch (IllegalArgumentException e) {
                errors.add(input.label() + ": " + e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw BusinessException.invalid("seating.csvRejected", String.join(" / ", errors));
        }
        audit.record(AuditEvent.of("seating.desks-imported", "Floor", floorId).withDetail(n + " desks"));
        floorChanged.fire(new FloorChanged(floorId, LocalDate.now(clock)));
        return n;
    }

    public List<ZoneSummary> zones(long floorId) {
        return places.zones(floorId).stream().map(ZoneSummary::of).toList();
    }

    /** A zone; with teams (directory unit codes of 係 or 課) it is their neighbourhood. */
    public ZoneSummary addZone(long floorId, String name, Collection<String> teams) throws BusinessException {
        Floor floor = floor(floorId);
        for (String code : teams) {
            directory.unit(code);
        }
        try {
            Zone zone = new Zone(floor, name);
            zone.assignTeams(teams);
            places.add(zone);
            audit.record(AuditEvent.of("seating.zone-added", "Zone", zone.id()).withDetail(name + " " + teams));
            return ZoneSummary.of(zone);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        } catch (PersistenceException duplicate) {
            throw BusinessException.conflict("seating.duplicate", name);
        }
    }

    public ZoneSummary assignTeams(long zoneId, Collection<String> teams) throws BusinessException {
        Zone zone = places.zone(zoneId).orElseThrow(() -> BusinessException.notFound("seating.zoneNotFound", zoneId));
        for (String code : teams) {
            directory.unit(code);
        }
        zone.assignTeams(teams);
        audit.record(AuditEvent.of("seating.neighbourhood-assigned", "Zone", zoneId).withDetail(String.valueOf(teams)));
        return ZoneSummary.of(zone);
    }

    public RoomSummary addRoom(long floorId, String name, int capacity, String equipment) throws BusinessException {
        Floor floor = floor(floorId);
        try {
            Room room = places.add(new Room(floor, name, capacity, equipment));
            audit.record(AuditEvent.of("seating.room-added", "Room", room.id()).withDetail(floor.name() + " " + name));
            return RoomSummary.of(room);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        } catch (PersistenceException duplicate) {
            throw BusinessException.conflict("seating.duplicate", name);
        }
    }

    public List<LockerSummary> lockers(long floorId) {
        return places.lockers(floorId).stream().map(LockerSummary::of).toList();
    }

    public LockerSummary addLocker(long floorId, String label) throws BusinessException {
        Floor floor = floor(floorId);
        try {
            Locker locker = places.add(new Locker(floor, label));
            audit.record(AuditEvent.of("seating.locker-added", "Locker", locker.id()).withDetail(floor.name() + " " + label));
            return LockerSummary.of(locker);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        } catch (PersistenceException duplicate) {
            throw BusinessException.conflict("seating.duplicate", label);
        }
    }

    /** Gives the locker to a person (empty login: frees it). A person has one locker at most. */
    public LockerSummary assignLocker(long lockerId, String login) throws BusinessException {
        Locker locker = places.locker(lockerId).orElseThrow(() -> BusinessException.notFound("seating.lockerNotFound", lockerId));
        if (login != null && !login.isBlank()) {
            directory.staff(login.strip());
            if (places.lockerOf(login.strip()).filter(l -> !l.id().equals(lockerId)).isPresent()) {
                throw BusinessException.conflict("seating.lockerHeld", login);
            }
        }
        locker.assignTo(login);
        audit.record(AuditEvent.of("seating.locker-assigned", "Locker", lockerId)
                .withDetail(locker.label() + " → " + (login == null || login.isBlank() ? "(free)" : login.strip())));
        return LockerSummary.of(locker);
    }

    public RulesSummary rules() {
        return RulesSummary.of(places.rules());
    }

    public RulesSummary changeRules(int horizonDays, LocalTime cutoff, LocalTime deadline, LocalTime pmDeadline)
            throws BusinessException {
        SeatingRules rules = places.rules();
        try {
            rules.change(horizonDays, cutoff, deadline, pmDeadline);
            em.flush();
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        } catch (OptimisticLockException e) {
            throw BusinessException.conflict("seating.rulesChanged");
        }
        audit.record(AuditEvent.of("seating.rules-changed", "SeatingRules", 1)
                .withDetail(horizonDays + "d, " + cutoff + ", " + deadline + ", " + pmDeadline));
        return RulesSummary.of(rules);
    }

    public List<BlockSummary> blocks(long floorId) {
        return places.blocks(floorId, LocalDate.now(clock)).stream().map(b -> BlockSummary.of(b, 0)).toList();
    }

    /** Closes a floor for some days; the live bookings on those days are cancelled (their owners see it in their list). */
    public BlockSummary blockFloor(String by, long floorId, LocalDate first, LocalDate last, String reason)
            throws BusinessException {
        Floor floor = floor(floorId);
        bookings.holdBookingsOnFloor(floorId);
        FloorBlock block;
        try {
            block = places.add(new FloorBlock(floor, first, last, reason, by));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        }
        int cancelled = bookings.cancelOnFloor(floorId, first, last, clock.instant());
        first.datesUntil(last.plusDays(1)).limit(62).forEach(d -> floorChanged.fire(new FloorChanged(floorId, d)));
        audit.record(AuditEvent.of("seating.floor-blocked", "Floor", floorId)
                .withDetail(first + "〜" + last + " " + reason + "（" + cancelled + " 件取消）"));
        return BlockSummary.of(block, cancelled);
    }

    public void removeBlock(long blockId) throws BusinessException {
        FloorBlock block = places.block(blockId).orElseThrow(() -> BusinessException.notFound("seating.blockNotFound", blockId));
        places.remove(block);
        audit.record(AuditEvent.of("seating.block-removed", "Floor", block.floor().id())
                .withDetail(block.firstDay() + "〜" + block.lastDay()));
    }

    public List<OpeningSummary> openings(long floorId) {
        return places.openings(floorId, LocalDate.now(clock)).stream().map(OpeningSummary::of).toList();
    }

    /** Opens a floor for booking on days the city hall is closed (weekends, holidays, 12/29–1/3) within the range. */
    public OpeningSummary openFloor(String by, long floorId, LocalDate first, LocalDate last, String reason)
            throws BusinessException {
        Floor floor = floor(floorId);
        FloorOpening opening;
        try {
            opening = places.add(new FloorOpening(floor, first, last, reason, by));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        }
        first.datesUntil(last.plusDays(1)).limit(62).forEach(d -> floorChanged.fire(new FloorChanged(floorId, d)));
        audit.record(AuditEvent.of("seating.floor-opened", "Floor", floorId).withDetail(first + "〜" + last + " " + reason));
        return OpeningSummary.of(opening);
    }

    public void removeOpening(long openingId) throws BusinessException {
        FloorOpening opening = places.opening(openingId)
                .orElseThrow(() -> BusinessException.notFound("seating.openingNotFound", openingId));
        places.remove(opening);
        audit.record(AuditEvent.of("seating.opening-removed", "Floor", opening.floor().id())
                .withDetail(opening.firstDay() + "〜" + opening.lastDay()));
    }

    /** Records (or clears) a person's accessibility need: only they may book the reserved accessible desks. */
    public void recordAccessibilityNeed(String login, boolean need) throws BusinessException {
        directory.staff(login);
        SeatingPerson p = places.personForUpdate(login);
        p.recordAccessibilityNeed(need);
        audit.record(AuditEvent.of("seating.accessibility-need", "Staff", login).withDetail(Boolean.toString(need)));
    }

    private Floor floor(long id) throws BusinessException {
        return places.floor(id).orElseThrow(() -> BusinessException.notFound("seating.floorNotFound", id));
    }
}
