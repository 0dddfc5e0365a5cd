package jp.shokuba.seating.application;

import jp.shokuba.seating.domain.Locker;

public record LockerSummary(long id, long floorId, String label, String holder) {

    public static LockerSummary of(Locker l) {
        return new LockerSummary(l.id(), l.floor().id(), l.label(), l.holder().orElse(""));
    }
}
