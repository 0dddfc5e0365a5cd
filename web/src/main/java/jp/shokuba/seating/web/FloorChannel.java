package jp.shokuba.seating.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.seating.application.FloorChanged;
import jp.shokuba.seating.application.AvailabilityService;

/**
 * The live floor view's push channel: a page watching a floor opens {@code /ws/floors/{id}} (signed in, like
 * every page) and is told {@code {"floorId":…,"date":"…"}} after each committed change on that floor, then
 * fetches the floor's availability again. Only ids and dates go over the socket, never who booked. A handshake
 * from another site's page is refused before it gets here ({@code WebSocketOriginFilter}).
 */
@ServerEndpoint("/ws/floors/{floorId}")
public class FloorChannel {

    @Inject
    AvailabilityService seating;

    /** A floor that does not exist is refused, so no id someone makes up leaves an entry behind. */
    @OnOpen
    public void open(Session session, @PathParam("floorId") long floorId) throws IOException {
        try {
            seating.floor(floorId);
        } catch (BusinessException unknown) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "unknown floor"));
            return;
        }
        session.getUserProperties().put("floorId", floorId);
        Watchers.BY_FLOOR.computeIfAbsent(floorId, f -> ConcurrentHashMap.newKeySet()).add(session);
    }

    @OnClose
    public void close(Session session) {
        Watchers.forget(session);
    }

    @OnError
    public void error(Session session, Throwable problem) {
        Watchers.forget(session);
    }

    /** Sessions by floor, and the observer that tells them after commit. */
    @ApplicationScoped
    public static class Watchers {

        static final Map<Long, Set<Session>> BY_FLOOR = new ConcurrentHashMap<>();

        static void forget(Session session) {
            Object floor = session.getUserProperties().get("floorId");
            if (floor != null) {
                Set<Session> sessions = BY_FLOOR.get((Long) floor);
                if (sessions != null) {
                    sessions.remove(session);
                }
            }
        }

        void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FloorChanged change) {
            Set<Session> sessions = BY_FLOOR.get(change.floorId());
            if (sessions == null || sessions.isEmpty()) {
                return;
            }
            String message = "{\"floorId\":" + change.floorId() + ",\"date\":\"" + change.day() + "\"}";
            for (Session s : sessions) {
                if (s.isOpen()) {
                    s.getAsyncRemote().sendText(message);
                } else {
                    sessions.remove(s);
                }
            }
        }

        public int watching(long floorId) {
            Set<Session> sessions = BY_FLOOR.get(floorId);
            return sessions == null ? 0 : sessions.size();
        }
    }
}
