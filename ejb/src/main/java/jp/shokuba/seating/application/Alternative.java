package jp.shokuba.seating.application;

import jp.shokuba.seating.domain.DeskFacts;

/** A free desk offered instead of a refused one, with its distance on the plan from the one asked for. */
public record Alternative(long deskId, String label, long floorId, int x, int y, long distance) {

    public static Alternative of(DeskFacts d, int fromX, int fromY) {
        return new Alternative(d.deskId(), d.label(), d.floorId(), d.x(), d.y(), Math.round(d.distanceTo(fromX, fromY)));
    }
}
