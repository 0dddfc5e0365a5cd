package jp.shokuba.seating.application;

import java.util.Set;
import jp.shokuba.seating.domain.Zone;

public record ZoneSummary(long id, long floorId, String name, Set<String> teams) {

    public static ZoneSummary of(Zone z) {
        return new ZoneSummary(z.id(), z.floor().id(), z.name(), z.teams());
    }
}
