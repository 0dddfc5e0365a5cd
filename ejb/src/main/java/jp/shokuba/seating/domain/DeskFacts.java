package jp.shokuba.seating.domain;

import java.util.Set;

/** A desk as the booking rules and the plan geometry see it. {@code zoneTeams} is empty outside a neighbourhood. */
public record DeskFacts(long deskId, String label, long floorId, int x, int y, boolean accessibleReserved,
                        String zoneName, Set<String> zoneTeams) {

    public DeskFacts {
        zoneTeams = Set.copyOf(zoneTeams);
        zoneName = zoneName == null ? "" : zoneName;
    }

    public double distanceTo(int otherX, int otherY) {
        return Math.hypot((double) x - otherX, (double) y - otherY);
    }
}
