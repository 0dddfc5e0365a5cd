package jp.shokuba.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.shokuba.directory.application.AbsenceSummary;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.platform.web.Messages;

/** Records who is away and who stands in for them (代理); the approval route and desk booking use it. */
@Named
@ViewScoped
public class AbsencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private List<AbsenceSummary> absences;
    private String login;
    private String deputyLogin;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String reason;

    @PostConstruct
    void init() {
        firstDay = LocalDate.now(clock);
        lastDay = firstDay;
        reload();
    }

    public List<StaffSummary> completeStaff(String text) {
        return directory.searchStaff(text, 0, 15);
    }

    public void record() {
        messages.attempt(() -> {
            directory.recordAbsence(login, firstDay, lastDay, deputyLogin, reason);
            messages.info("absence.recorded");
            login = null;
            deputyLogin = null;
            reason = null;
            reload();
        });
    }

    public void remove(long id) {
        messages.attempt(() -> {
            directory.removeAbsence(id);
            messages.info("absence.removed");
            reload();
        });
    }

    private void reload() {
        absences = directory.absencesFrom(LocalDate.now(clock));
    }

    public List<AbsenceSummary> getAbsences() {
        return absences;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDeputyLogin() {
        return deputyLogin;
    }

    public void setDeputyLogin(String deputyLogin) {
        this.deputyLogin = deputyLogin;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
