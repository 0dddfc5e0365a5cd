package jp.shokuba.meetings.application;

import java.util.function.Consumer;

/**
 * The port through which a meeting's live messages reach every client connected to it, on whatever node. The
 * in-process implementation serves one node; a Hazelcast topic or PostgreSQL LISTEN/NOTIFY can replace it without
 * touching the meeting logic. Delivery order per meeting is publication order; receivers must not block.
 */
public interface MeetingBroadcast {

    void publish(MeetingMessage message);

    /** Starts delivering the meeting's messages to {@code receiver} until the returned handle is closed. */
    AutoCloseable subscribe(long meetingId, Consumer<MeetingMessage> receiver);
}
