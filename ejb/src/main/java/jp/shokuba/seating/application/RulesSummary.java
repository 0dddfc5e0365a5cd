package jp.shokuba.seating.application;

import java.time.LocalTime;
import jp.shokuba.seating.domain.SeatingRules;

public record RulesSummary(int horizonDays, LocalTime neighbourhoodCutoff, LocalTime checkInDeadline,
                           LocalTime pmCheckInDeadline) {

    public static RulesSummary of(SeatingRules r) {
        return new RulesSummary(r.horizonDays(), r.neighbourhoodCutoff(), r.checkInDeadline(), r.pmCheckInDeadline());
    }
}
