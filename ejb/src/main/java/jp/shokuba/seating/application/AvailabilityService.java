package jp.shokuba.seating.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.seating.domain.BookingPolicy;
import jp.shokuba.seating.domain.BookingStatus;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.DeskState;
import jp.shokuba.seating.domain.Floor;
import jp.shokuba.seating.domain.FloorBlock;
import jp.shokuba.seating.domain.Places;
import jp.shokuba.seating.domain.Slot;

/**
 * The places as every member of staff sees them: floors, plans, desks, and the live floor view (each desk's
 * morning and afternoon state on a day). Reads only.
 */
@Stateless
public class AvailabilityService {

    @Inject
    Places places;

    @Inject
    Bookings bookings;

    @Inject
    Clock clock;

    public List<FloorSummary> floors() {
        return places.floors().stream().map(FloorSummary::of).toList();
    }

    public FloorSummary floor(long id) throws BusinessException {
        return FloorSummary.of(findFloor(id));
    }

    /** The floor plan file and its content type. */
    public Optional<PlanFile> plan(long floorId) throws BusinessException {
        Floor f = findFloor(floorId);
        return f.plan().map(bytes -> new PlanFile(bytes, f.planType().orElseThrow()));
    }

    /** A floor plan file. */
    public record PlanFile(byte[] content, String contentType) {
    }

    /** Every desk of the floor with its morning and afternoon state on that day, as the caller sees it. */
    public FloorAvailability availability(String login, long floorId, LocalDate day) throws BusinessException {
        Floor floor = findFloor(floorId);
        Optional<FloorBlock> block = places.blockOn(floorId, day);
        String closed = day.isBefore(LocalDate.now(clock)) ? "PAST"
                : BookingPolicy.closure(day).filter(c -> !places.floorsOpenOn(day).contains(floorId)).map(Enum::name).orElse(null);
        boolean bookable = block.isEmpty() && closed == null;
        Map<Long, DeskStateBuilder> desks = new LinkedHashMap<>();
        for (DeskState s : bookings.floorOn(floorId, day)) {
            DeskStateBuilder d = desks.computeIfAbsent(s.deskId(), id -> new DeskStateBuilder(s, !bookable));
            d.add(s, login);
        }
        List<DeskView> views = desks.values().stream().map(DeskStateBuilder::build).toList();
        int halfDays = views.size() * 2;
        long taken = views.stream().mapToLong(v -> (v.am().equals("FREE") || v.am().equals("BLOCKED") ? 0 : 1)
                + (v.pm().equals("FREE") || v.pm().equals("BLOCKED") ? 0 : 1)).sum();
        int occupiedNow = 0;
        if (day.equals(LocalDate.now(clock))) {
            boolean morning = LocalDateTime.now(clock).toLocalTime().isBefore(Slot.PM.start());
            occupiedNow = (int) views.stream().filter(v -> (morning ? v.am() : v.pm()).equals("OCCUPIED")).count();
        }
        return new FloorAvailability(FloorSummary.of(floor), day, block.map(FloorBlock::reason).orElse(null), closed, views,
                halfDays == 0 ? 0 : (int) Math.round(100.0 * taken / halfDays), occupiedNow);
    }

    /** Folds the rows of one desk (none, or one per live booking) into its morning and afternoon state. */
    private static final class DeskStateBuilder {
        private final DeskState first;
        private final boolean blocked;
        private String am = "FREE";
        private String pm = "FREE";
        private long myAm;
        private long myPm;

        DeskStateBuilder(DeskState first, boolean blocked) {
            this.first = first;
            this.blocked = blocked;
        }

        void add(DeskState s, String login) {
            if (!s.booked()) {
                return;
            }
            String state = s.status() == BookingStatus.CHECKED_IN ? "OCCUPIED" : "BOOKED";
            boolean mine = s.login().equals(login);
            if (s.slot().coversMorning()) {
                am = state;
                myAm = mine ? s.bookingId() : myAm;
            }
            if (s.slot().coversAfternoon()) {
                pm = state;
                myPm = mine ? s.bookingId() : myPm;
            }
        }

        DeskView build() {
            Set<String> features = first.features().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
            return new DeskView(first.deskId(), first.label(), first.x(), first.y(), first.zoneName(),
                    first.neighbourhood(), first.accessibleReserved(), features, blocked ? "BLOCKED" : am,
                    blocked ? "BLOCKED" : pm, myAm, myPm);
        }
    }

    /** How many days ahead desks can be booked (the pages' date pickers stop there). */
    public int horizonDays() {
        return places.rules().horizonDays();
    }

    /** "第一本庁舎 2F 2F-001" for a desk in use. */
    public Optional<String> deskName(long deskId) {
        return places.desk(deskId).filter(d -> d.active())
                .map(d -> d.floor().building().name() + " " + d.floor().name() + " " + d.label());
    }

    /** The desks of a floor (for QR sheets and administration). */
    public List<DeskSummary> desks(long floorId) {
        return places.desks(floorId).stream().map(DeskSummary::of).toList();
    }

    private Floor findFloor(long id) throws BusinessException {
        return places.floor(id).orElseThrow(() -> BusinessException.notFound("seating.floorNotFound", id));
    }
}
