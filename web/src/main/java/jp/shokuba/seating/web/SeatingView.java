package jp.shokuba.seating.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.shokuba.seating.application.FloorSummary;
import jp.shokuba.seating.application.AvailabilityService;

/**
 * The floor plan page. The plan itself is drawn and booked in the browser (seating.js) through the REST API, and
 * kept live by the floor's WebSocket; this bean gives the page its floors, the chosen floor and date, the date
 * range that can be booked and the texts the script shows, in the reader's language.
 */
@Named
@ViewScoped
public class SeatingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SCRIPT_TEXTS = "seating.js.";

    @Inject
    transient AvailabilityService seating;

    @Inject
    transient Clock clock;

    private List<FloorSummary> floors;
    private long floorId;
    private LocalDate date;
    private LocalDate lastDay;

    @PostConstruct
    void init() {
        floors = seating.floors();
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        LocalDate today = LocalDate.now(clock);
        lastDay = today.plusDays(seating.horizonDays());
        date = today;
        try {
            if (params.get("date") != null) {
                date = LocalDate.parse(params.get("date"));
            }
        } catch (DateTimeParseException ignored) {
            date = today;
        }
        String floor = params.get("floor");
        floorId = floors.isEmpty() ? 0 : floors.get(0).id();
        if (floor != null && floor.matches("\\d{1,18}")) {
            long wanted = Long.parseLong(floor);
            floors.stream().filter(f -> f.id() == wanted).findFirst().ifPresent(f -> floorId = wanted);
        }
    }

    /** The script's texts as a JSON object, in the reader's language. */
    public String getTextsJson() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null ? Locale.JAPANESE : faces.getViewRoot().getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle("jp.shokuba.web.i18n.messages", locale, SeatingView.class.getClassLoader());
        JsonObjectBuilder json = Json.createObjectBuilder();
        bundle.keySet().stream().filter(k -> k.startsWith(SCRIPT_TEXTS))
                .forEach(k -> json.add(k.substring(SCRIPT_TEXTS.length()), bundle.getString(k)));
        return json.build().toString();
    }

    public List<FloorSummary> getFloors() {
        return floors;
    }

    public long getFloorId() {
        return floorId;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public LocalDate getLastDay() {
        return lastDay;
    }
}
