package jp.shokuba.seating.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Distances on a floor plan: the nearest free desks, and a compact cluster of desks for a team. */
public final class Plan {

    /** A point where someone already sits (a teammate's desk). */
    public record Point(long floorId, int x, int y) {
    }

    private Plan() {
    }

    /** The {@code n} desks closest to (x, y), closest first; ties by label. */
    public static List<DeskFacts> nearest(Collection<DeskFacts> desks, int x, int y, int n) {
        return desks.stream()
                .sorted(Comparator.comparingDouble((DeskFacts d) -> d.distanceTo(x, y)).thenComparing(DeskFacts::label))
                .limit(n).toList();
    }

    /**
     * Desks ranked by how close they are to the nearest of the teammates on the same floor; desks on floors
     * where no teammate sits are left out.
     */
    public static List<DeskFacts> nearTeam(Collection<DeskFacts> free, Collection<Point> teammates, int n) {
        return free.stream()
                .filter(d -> teammates.stream().anyMatch(p -> p.floorId() == d.floorId()))
                .sorted(Comparator.comparingDouble((DeskFacts d) -> distanceToTeam(d, teammates))
                        .thenComparing(DeskFacts::label))
                .limit(n).toList();
    }

    static double distanceToTeam(DeskFacts desk, Collection<Point> teammates) {
        return teammates.stream().filter(p -> p.floorId() == desk.floorId())
                .mapToDouble(p -> desk.distanceTo(p.x(), p.y())).min().orElse(Double.MAX_VALUE);
    }

    /**
     * The most compact group of {@code size} free desks on one floor: for each desk as a seed, the seed and its
     * nearest neighbours; the group whose farthest member is closest to the seed wins, with teammates who already
     * sit on the floor counting as seeds too. Empty when no floor has enough free desks.
     */
    public static List<DeskFacts> cluster(Collection<DeskFacts> free, Collection<Point> anchors, int size) {
        if (size <= 0) {
            return List.of();
        }
        List<DeskFacts> best = List.of();
        double bestSpread = Double.MAX_VALUE;
        List<Point> seeds = new ArrayList<>(anchors);
        free.forEach(d -> seeds.add(new Point(d.floorId(), d.x(), d.y())));
        for (Point seed : seeds) {
            List<DeskFacts> sameFloor = free.stream().filter(d -> d.floorId() == seed.floorId()).toList();
            if (sameFloor.size() < size) {
                continue;
            }
            List<DeskFacts> group = nearest(sameFloor, seed.x(), seed.y(), size);
            double spread = group.get(group.size() - 1).distanceTo(seed.x(), seed.y());
            if (spread < bestSpread) {
                bestSpread = spread;
                best = group;
            }
        }
        return best;
    }
}
