package jp.shokuba.seating.application;

import jp.shokuba.seating.domain.Floor;

public record FloorSummary(long id, String building, String name, int level, int width, int height, boolean hasPlan) {

    public static FloorSummary of(Floor f) {
        return new FloorSummary(f.id(), f.building().name(), f.name(), f.level(), f.width(), f.height(),
                f.planType().isPresent());
    }

    public String fullName() {
        return building + " " + name;
    }
}
