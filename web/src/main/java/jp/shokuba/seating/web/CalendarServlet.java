package jp.shokuba.seating.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.shokuba.platform.rest.Problem;
import jp.shokuba.seating.application.CalendarFeed;

/**
 * The personal iCalendar feed at {@code /calendar/{secret}.ics}, for Outlook and phones that cannot sign in:
 * the unguessable, revocable secret is the only key, so an unknown secret (or the secret of a person who was
 * deactivated) gets a 404 problem that does not say which.
 */
@WebServlet("/calendar/*")
public class CalendarServlet extends HttpServlet {

    @Inject
    CalendarFeed calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> calendar = Optional.empty();
        if (path != null && path.matches("/[A-Za-z0-9_-]{20,64}\\.ics")) {
            calendar = calendars.calendar(path.substring(1, path.length() - 4));
        }
        if (calendar.isEmpty()) {
            Problem.of(HttpServletResponse.SC_NOT_FOUND, "calendar-not-found", "Not Found",
                    "このカレンダーのアドレスは使えません。座席の設定で新しいアドレスを確認してください。").writeTo(response);
            return;
        }
        response.setContentType("text/calendar");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getWriter().write(calendar.get());
    }
}
