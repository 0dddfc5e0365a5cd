package jp.shokuba.seating.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.shokuba.seating.application.CalendarFeed;

/**
 * The personal iCalendar feed at {@code /calendar/{secret}.ics}, for Outlook and phones that cannot sign in:
 * the unguessable, revocable secret is the only key, so an unknown secret gets a plain 404.
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
            calendar = calendars.calendar(path.substring(1, path.length() - 4), request.getServerName());
        }
        if (calendar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getWriter().write(calendar.get());
    }
}
