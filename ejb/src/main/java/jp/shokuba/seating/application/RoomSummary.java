package jp.shokuba.seating.application;

import jp.shokuba.seating.domain.Room;

public record RoomSummary(long id, String name, int capacity, String equipment, long floorId, String floor) {

    public static RoomSummary of(Room r) {
        return new RoomSummary(r.id(), r.name(), r.capacity(), r.equipment(), r.floor().id(),
                r.floor().building().name() + " " + r.floor().name());
    }
}
