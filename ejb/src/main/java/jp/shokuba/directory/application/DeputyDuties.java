package jp.shokuba.directory.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.shokuba.directory.domain.Absence;
import jp.shokuba.directory.domain.AbsenceRepository;
import jp.shokuba.platform.WaitingWork;

/** Tells a person for whom they stand in today (代理), and reminds them of their own absence. */
@Stateless
public class DeputyDuties implements WaitingWork {

    @Inject
    AbsenceRepository absences;

    @Inject
    Clock clock;

    @Override
    public List<WaitingItem> waitingFor(String login) {
        LocalDate today = LocalDate.now(clock);
        List<WaitingItem> items = new ArrayList<>();
        for (Absence a : absences.currentAndComing(today)) {
            if (a.covers(today) && a.deputy().filter(d -> d.login().equals(login)).isPresent()) {
                items.add(new WaitingItem("directory", "home.deputyToday",
                        List.of(a.staff().name().full(), a.lastDay()), "/index.xhtml"));
            }
            if (a.staff().login().equals(login) && !a.firstDay().isAfter(today.plusDays(7))) {
                items.add(new WaitingItem("directory", "home.ownAbsence",
                        List.of(a.firstDay(), a.lastDay()), "/index.xhtml"));
            }
        }
        return items;
    }
}
