package jp.shokuba.meetings.web;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shokuba.meetings.application.MeetingBroadcast;
import jp.shokuba.meetings.application.MeetingMessage;
import jp.shokuba.meetings.application.MeetingService;
import jp.shokuba.meetings.application.NoteJson;
import jp.shokuba.meetings.domain.Annotation;
import jp.shokuba.meetings.domain.Meeting;
import jp.shokuba.meetings.rest.MeetingJson;
import jp.shokuba.platform.BusinessException;

/**
 * The live channel of one meeting, {@code /ws/meetings/{id}?since=<seq>}: signed in like every page (the web.xml
 * constraint, or HTTP Basic on the handshake), same origin only, members only. On open it replays every change after
 * {@code since} that the person may see, then goes live; see {@code MeetingsResource.LIVE} for the message format.
 */
@ServerEndpoint(value = "/ws/meetings/{id}", configurator = MeetingChannel.SameOrigin.class)
public class MeetingChannel {

    private static final Logger LOG = Logger.getLogger(MeetingChannel.class.getName());
    private static final String CLIENT = "meetings.client";
    private static final String ORIGIN_OK = "meetings.originOk";
    private static final int MAX_STROKE_POINTS = 200;

    @Inject
    MeetingService meetings;

    @Inject
    MeetingBroadcast broadcast;

    @Inject
    LiveMeetings live;

    @Inject
    jp.shokuba.directory.application.DirectoryService directory;

    /** Refuses a browser page of another site: its Origin must name the host the handshake was sent to. */
    public static class SameOrigin extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            config.getUserProperties().put(ORIGIN_OK, sameOrigin(first(request, "Origin"), first(request, "Host")));
        }

        static boolean sameOrigin(String origin, String host) {
            if (origin == null) {
                return true; // not a browser: browsers always send Origin on a WebSocket handshake
            }
            try {
                URI o = URI.create(origin);
                String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
                return host != null && authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static String first(HandshakeRequest request, String name) {
            for (var e : request.getHeaders().entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    @OnOpen
    public void open(Session session, @PathParam("id") long meetingId) throws IOException {
        Principal who = session.getUserPrincipal();
        if (who == null || !Boolean.TRUE.equals(session.getUserProperties().get(ORIGIN_OK))) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "forbidden"));
            return;
        }
        String login = who.getName();
        Meeting meeting;
        try {
            meeting = meetings.access(login, meetingId);
        } catch (BusinessException notMember) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not a member"));
            return;
        }
        long since = since(session);
        Client client = new Client(session, login, meetingId, meeting.organiser(), since);
        session.getUserProperties().put(CLIENT, client);
        session.setMaxIdleTimeout(0);
        client.subscription = broadcast.subscribe(meetingId, client);
        try {
            client.replay(meetings.changesSince(login, meetingId, since));
        } catch (BusinessException e) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not a member"));
            return;
        }
        LiveMeetings.Stage stage = live.stage(meetingId, meeting.organiser(), meeting.sharedLocked());
        client.send(NoteJson.JSON.createObjectBuilder().add("t", "hello").add("login", login)
                .add("presenter", stage.presenter()).add("presenterName", nameOf(stage.presenter()))
                .add("materialId", stage.materialId()).add("page", stage.page()).add("locked", stage.locked()).add("organiser", meeting.organiser())
                .add("lastSeq", client.lastSeq()).build().toString());
    }

    private static long since(Session session) {
        List<String> values = session.getRequestParameterMap().get("since");
        try {
            return values == null || values.isEmpty() ? 0 : Math.max(0, Long.parseLong(values.get(0)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @OnMessage(maxMessageSize = 262144)
    public void message(Session session, String text) {
        Client client = (Client) session.getUserProperties().get(CLIENT);
        if (client == null) {
            return;
        }
        JsonObject m;
        try {
            m = NoteJson.JSON.createReader(new StringReader(text)).readObject();
        } catch (RuntimeException e) {
            client.error(null, 400, "JSON オブジェクトではありません");
            return;
        }
        String ref = m.get("ref") instanceof JsonString r ? r.getString() : null;
        try {
            switch (m.get("t") instanceof JsonString t ? t.getString() : "") {
                case "stroke" -> stroke(client, m, text);
                case "annotate" -> annotate(client, m, ref);
                case "erase" -> {
                    long seq = meetings.erase(client.login, client.meetingId, number(m, "id"));
                    client.send(ack(ref, number(m, "id"), seq));
                }
                case "page" -> page(client, m);
                case "laser" -> laser(client, m);
                case "handover" -> handOver(client, m);
                case "lock" -> lock(client, m);
                default -> client.error(ref, 400, "t が不明です");
            }
        } catch (BusinessException e) {
            int status = switch (e.kind()) {
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
                case CONFLICT -> 409;
                case INVALID -> 400;
            };
            client.error(ref, status, e.message(Locale.JAPANESE));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "meeting message failed", e);
            client.error(ref, 500, "処理できませんでした");
        }
    }

    /** A shared stroke while it is drawn: passed on, never stored; a private one never leaves its author's device. */
    private void stroke(Client client, JsonObject m, String text) {
        if (!"SHARED".equals(text(m, "layer")) || m.containsKey("from") || !(m.get("points") instanceof JsonArray points)
                || points.size() > MAX_STROKE_POINTS) {
            return;
        }
        if (live.stage(client.meetingId).locked() && !client.organiser.equals(client.login)) {
            return;
        }
        // passed on as received (already checked to be a JSON object), signed with its author by the server
        broadcast.publish(new MeetingMessage(client.meetingId, 0, null, client.id, "{\"from\":" + client.quotedLogin
                + "," + text.strip().substring(1)));
    }

    private void annotate(Client client, JsonObject m, String ref) throws BusinessException {
        Annotation a = meetings.annotate(client.login, client.meetingId, number(m, "materialId"),
                MeetingJson.annotation(m));
        client.send(ack(ref, a.id(), a.seq()));
    }

    private void page(Client client, JsonObject m) throws BusinessException {
        presenterOnly(client);
        int page = (int) number(m, "page");
        LiveMeetings.Stage s = live.turn(client.meetingId, number(m, "materialId"), Math.max(1, page));
        broadcast.publish(new MeetingMessage(client.meetingId, 0, null, client.id, NoteJson.JSON.createObjectBuilder()
                .add("t", "page").add("materialId", s.materialId()).add("page", s.page())
                .add("presenter", s.presenter()).build().toString()));
    }

    private void laser(Client client, JsonObject m) throws BusinessException {
        presenterOnly(client);
        JsonObjectBuilder out = NoteJson.JSON.createObjectBuilder().add("t", "laser")
                .add("page", m.getOrDefault("page", JsonValue.NULL)).add("x", m.getOrDefault("x", JsonValue.NULL))
                .add("y", m.getOrDefault("y", JsonValue.NULL)).add("from", client.login);
        broadcast.publish(new MeetingMessage(client.meetingId, 0, null, client.id, out.build().toString()));
    }

    private void handOver(Client client, JsonObject m) throws BusinessException {
        Meeting meeting = meetings.access(client.login, client.meetingId);
        LiveMeetings.Stage s = live.stage(client.meetingId);
        String to = text(m, "to");
        if (!s.presenter().equals(client.login) && !meeting.organisedBy(client.login)) {
            throw BusinessException.forbidden("meetings.organiserOnly");
        }
        if (to == null || meeting.roleOf(to).isEmpty()) {
            throw BusinessException.invalid("meetings.unknownPerson", String.valueOf(to));
        }
        live.handOver(client.meetingId, to);
        broadcast.publish(new MeetingMessage(client.meetingId, 0, null, null, NoteJson.JSON.createObjectBuilder()
                .add("t", "presenter").add("login", to).add("name", nameOf(to)).build().toString()));
    }

    /** The name people know a colleague by (the login only for an account without a directory entry). */
    private String nameOf(String login) {
        return directory.findStaff(login).map(jp.shokuba.directory.application.StaffSummary::name).orElse(login);
    }

    private void lock(Client client, JsonObject m) throws BusinessException {
        boolean locked = m.get("locked") == JsonValue.TRUE;
        meetings.lockShared(client.login, client.meetingId, locked);
        live.lock(client.meetingId, locked);
        broadcast.publish(new MeetingMessage(client.meetingId, 0, null, null, NoteJson.JSON.createObjectBuilder()
                .add("t", "lock").add("locked", locked).build().toString()));
    }

    private void presenterOnly(Client client) throws BusinessException {
        if (!live.stage(client.meetingId).presenter().equals(client.login)) {
            throw BusinessException.forbidden("meetings.presenterOnly");
        }
    }

    private static String ack(String ref, long id, long seq) {
        JsonObjectBuilder b = NoteJson.JSON.createObjectBuilder().add("t", "ack").add("id", id).add("seq", seq);
        if (ref != null) {
            b.add("ref", ref);
        }
        return b.build().toString();
    }

    private static String text(JsonObject m, String name) {
        return m.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static long number(JsonObject m, String name) throws BusinessException {
        if (!(m.get(name) instanceof JsonNumber n)) {
            throw BusinessException.invalid("meetings.invalid", name + " は数値です");
        }
        return n.longValue();
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
        Client client = (Client) session.getUserProperties().remove(CLIENT);
        if (client != null && client.subscription != null) {
            try {
                client.subscription.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "unsubscribe", e);
            }
        }
    }

    /**
     * One connected person. Until the replay is sent, numbered changes arriving live are held back; afterwards a
     * numbered change at or below the last number sent is a duplicate and dropped, so each arrives exactly once.
     */
    static final class Client implements java.util.function.Consumer<MeetingMessage> {
        final Session session;
        final String login;
        final long meetingId;
        final String organiser;
        final String quotedLogin;
        final String id = UUID.randomUUID().toString();
        AutoCloseable subscription;
        private long lastSeq;
        private boolean replaying = true;
        private final java.util.ArrayList<MeetingMessage> held = new java.util.ArrayList<>();

        Client(Session session, String login, long meetingId, String organiser, long since) {
            this.session = session;
            this.organiser = organiser;
            this.quotedLogin = NoteJson.JSON.createValue(login).toString();
            this.login = login;
            this.meetingId = meetingId;
            this.lastSeq = since;
        }

        @Override
        public synchronized void accept(MeetingMessage m) {
            if (!m.isFor(login, id)) {
                return;
            }
            if (m.seq() > 0) {
                if (replaying) {
                    held.add(m);
                    return;
                }
                if (m.seq() <= lastSeq) {
                    return;
                }
                lastSeq = m.seq();
            }
            send(m.json());
        }

        synchronized void replay(List<MeetingMessage> missed) {
            for (MeetingMessage m : missed) {
                deliverOnce(m);
            }
            for (MeetingMessage m : held) {
                if (m.isFor(login, id)) {
                    deliverOnce(m);
                }
            }
            held.clear();
            replaying = false;
        }

        private void deliverOnce(MeetingMessage m) {
            if (m.seq() > lastSeq) {
                lastSeq = m.seq();
                send(m.json());
            }
        }

        synchronized long lastSeq() {
            return lastSeq;
        }

        void error(String ref, int status, String detail) {
            JsonObjectBuilder b = NoteJson.JSON.createObjectBuilder().add("t", "error").add("status", status)
                    .add("detail", detail);
            if (ref != null) {
                b.add("ref", ref);
            }
            send(b.build().toString());
        }

        void send(String json) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(json);
            }
        }
    }
}
