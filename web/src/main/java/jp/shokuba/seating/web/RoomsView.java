package jp.shokuba.seating.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.CityTime;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;
import jp.shokuba.seating.application.RoomBookingService;
import jp.shokuba.seating.application.RoomBookingSummary;
import jp.shokuba.seating.application.RoomSummary;

/** Meeting rooms: a room's day, booking a time range (refused when it overlaps), and my own room bookings. */
@Named
@ViewScoped
public class RoomsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoomBookingService roomBookings;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private List<RoomSummary> rooms;
    private long room;
    private LocalDate date;
    private String start = "10:00";
    private String end = "11:00";
    private String title;
    private List<RoomBookingSummary> day = List.of();
    private List<RoomBookingSummary> mine = List.of();

    @PostConstruct
    void init() {
        rooms = roomBookings.rooms();
        room = rooms.isEmpty() ? 0 : rooms.get(0).id();
        date = LocalDate.now(clock).plusDays(1);
        show();
    }

    public void show() {
        day = room == 0 ? List.of() : roomBookings.roomDay(room, date);
        mine = roomBookings.myRoomBookings(login());
    }

    public void book() {
        try {
            roomBookings.bookRoom(login(), room, title, date.atTime(LocalTime.parse(start)).atZone(CityTime.ZONE).toInstant(),
                    date.atTime(LocalTime.parse(end)).atZone(CityTime.ZONE).toInstant());
            messages.info("seating.rooms.booked");
            title = null;
        } catch (DateTimeParseException e) {
            messages.error("seating.admin.timeFormat");
        } catch (BusinessException e) {
            if (e.key().startsWith("seating.roomTitle")) {
                messages.refusedAt("roomForm:title", e);
            } else {
                messages.refused(e);
            }
        }
        show();
    }

    public void cancel(long id) {
        try {
            roomBookings.cancelRoom(login(), id);
            messages.info("seating.js.cancelled");
        } catch (BusinessException e) {
            messages.refused(e);
        }
        show();
    }

    private String login() {
        return user.login();
    }

    public List<RoomSummary> getRooms() {
        return rooms;
    }

    public long getRoom() {
        return room;
    }

    public void setRoom(long room) {
        this.room = room;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<RoomBookingSummary> getDay() {
        return day;
    }

    public List<RoomBookingSummary> getMine() {
        return mine;
    }
}
