package jp.shokuba.platform;

import java.util.List;

/**
 * What waits for a person in one context: tasks to decide, bookings for today, duties as a deputy.
 * The home page asks every implementation and shows the answers together.
 */
public interface WaitingWork {

    List<WaitingItem> waitingFor(String login);

    /**
     * One line on the home page. {@code messageKey} is a key of the web bundle, {@code arguments}
     * fill it in (a {@link java.time.LocalDate} is shown in the reader's calendar); {@code link} is a page path inside the application.
     */
    record WaitingItem(String area, String messageKey, List<Object> arguments, String link) {
    }
}
