package jp.shokuba.seating.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.directory.application.UnitSummary;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;
import jp.shokuba.seating.application.TeamSeatingService;
import jp.shokuba.seating.application.TeamDayResult;

/** Team day for a 係長 (or a 課長 over several 係): pick the team and the date; Shokuba seats everyone together. */
@Named
@ViewScoped
public class TeamDayView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TeamSeatingService seating;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private List<UnitSummary> teams;
    private String team;
    private LocalDate date;
    private TeamDayResult result;

    @PostConstruct
    void init() {
        StaffSummary me = directory.findStaff(user.login()).orElseThrow();
        teams = me.rank() < 3 ? List.of() : directory.organisation().stream()
                .filter(u -> u.code().equals(me.unitCode()) || u.parentCode().equals(me.unitCode()))
                .filter(u -> !u.kind().equals("DIVISION")).toList();
        team = teams.isEmpty() ? null : teams.get(0).code();
        date = LocalDate.now(clock).plusDays(1);
    }

    public void book() {
        messages.attempt(() -> {
            result = seating.teamDay(user.login(), team, date);
            messages.info("seating.teamDay.done", result.seated().size());
        });
    }

    public List<UnitSummary> getTeams() {
        return teams;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public TeamDayResult getResult() {
        return result;
    }
}
