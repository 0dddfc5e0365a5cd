package jp.shokuba.meetings.web;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The benchmark's baseline, {@code /ws/bench-broadcast/{room}}: every text to every other session of the room and
 * nothing else, the least a Jakarta WebSocket broadcast can do on this server. Open only when the configuration
 * says {@code shokuba.bench.broadcast=true} ({@code SHOKUBA_BENCH_BROADCAST=true}); otherwise every connection is
 * closed at once.
 */
@ServerEndpoint("/ws/bench-broadcast/{room}")
public class BareBroadcastChannel {

    private static final Map<String, Set<Session>> ROOMS = new ConcurrentHashMap<>();

    private static boolean enabled() {
        return ConfigProvider.getConfig().getOptionalValue("shokuba.bench.broadcast", Boolean.class).orElse(false);
    }

    @OnOpen
    public void open(Session session, @PathParam("room") String room) throws IOException {
        if (!enabled()) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "benchmark only"));
            return;
        }
        session.getUserProperties().put("room", room);
        ROOMS.computeIfAbsent(room, r -> ConcurrentHashMap.newKeySet()).add(session);
    }

    @OnMessage
    public void message(Session from, String text) {
        Set<Session> room = ROOMS.get((String) from.getUserProperties().get("room"));
        if (room == null) {
            return;
        }
        for (Session s : room) {
            if (s != from && s.isOpen()) {
                s.getAsyncRemote().sendText(text);
            }
        }
    }

    @OnClose
    public void close(Session session) {
        forget(session);
    }

    @OnError
    public void error(Session session, Throwable problem) {
        forget(session);
    }

    private static void forget(Session session) {
        Object room = session.getUserProperties().get("room");
        if (room != null) {
            Set<Session> sessions = ROOMS.get((String) room);
            if (sessions != null) {
                sessions.remove(session);
            }
        }
    }
}
