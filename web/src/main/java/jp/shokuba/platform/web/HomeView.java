package jp.shokuba.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.platform.WaitingWork;

/** The home page: who I am and what waits for me in every area. */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A waiting item in the reader's words. */
    public record Line(String area, String text, String link) implements Serializable {
    }

    @Inject
    transient CurrentUser user;

    @Inject
    transient DirectoryService directory;

    @Inject
    @Any
    transient Instance<WaitingWork> work;

    @Inject
    transient Messages messages;

    @Inject
    transient Dates dates;

    private StaffSummary me;
    private final List<Line> waiting = new ArrayList<>();

    @PostConstruct
    void init() {
        String login = user.login();
        me = directory.findStaff(login).orElse(null);
        for (WaitingWork source : work) {
            for (WaitingWork.WaitingItem item : source.waitingFor(login)) {
                waiting.add(new Line(item.area(), messages.text(item.messageKey(), readable(item.arguments())),
                        item.link()));
            }
        }
    }

    /** Dates as the reader writes them, and a code (an enum such as a booking's slot) as its word, never as the code. */
    private Object[] readable(List<Object> arguments) {
        return arguments.stream().map(a -> a instanceof LocalDate day ? dates.date(day)
                : a instanceof Enum<?> code ? messages.text("code." + code.getDeclaringClass().getSimpleName() + "." + code.name())
                : a).toArray();
    }

    public Optional<StaffSummary> me() {
        return Optional.ofNullable(me);
    }

    public StaffSummary getMe() {
        return me;
    }

    public List<Line> getWaiting() {
        return waiting;
    }
}
