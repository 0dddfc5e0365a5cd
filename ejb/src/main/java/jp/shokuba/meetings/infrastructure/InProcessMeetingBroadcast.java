package jp.shokuba.meetings.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shokuba.meetings.application.MeetingBroadcast;
import jp.shokuba.meetings.application.MeetingMessage;

/** The broadcast within one node: receivers by meeting, called on the publisher's thread. */
@ApplicationScoped
public class InProcessMeetingBroadcast implements MeetingBroadcast {

    private static final Logger LOG = Logger.getLogger(InProcessMeetingBroadcast.class.getName());

    private final Map<Long, Set<Consumer<MeetingMessage>>> receivers = new ConcurrentHashMap<>();

    @Override
    public void publish(MeetingMessage message) {
        Set<Consumer<MeetingMessage>> set = receivers.get(message.meetingId());
        if (set == null) {
            return;
        }
        for (Consumer<MeetingMessage> r : set) {
            try {
                r.accept(message);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "a receiver failed", e);
            }
        }
    }

    @Override
    public AutoCloseable subscribe(long meetingId, Consumer<MeetingMessage> receiver) {
        receivers.computeIfAbsent(meetingId, m -> ConcurrentHashMap.newKeySet()).add(receiver);
        return () -> receivers.computeIfPresent(meetingId, (m, set) -> {
            set.remove(receiver);
            return set.isEmpty() ? null : set;
        });
    }
}
