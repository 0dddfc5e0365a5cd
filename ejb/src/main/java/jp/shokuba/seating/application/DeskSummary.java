package jp.shokuba.seating.application;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.shokuba.seating.domain.Desk;
import jp.shokuba.seating.domain.Zone;

public record DeskSummary(long id, long floorId, String label, int x, int y, long zoneId, String zone,
                          Set<String> features, boolean accessibleReserved) {

    public static DeskSummary of(Desk d) {
        return new DeskSummary(d.id(), d.floor().id(), d.label(), d.x(), d.y(), d.zone().map(Zone::id).orElse(0L),
                d.zone().map(Zone::name).orElse(""),
                d.features().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)), d.accessibleReserved());
    }
}
