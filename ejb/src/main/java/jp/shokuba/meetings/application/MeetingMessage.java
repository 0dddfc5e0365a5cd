package jp.shokuba.meetings.application;

/**
 * One message to the live clients of a meeting, already in its wire format ({@code json}). {@code seq} is the
 * meeting's sequence number for a change of the notes (0 for what is not stored: strokes in progress, page turns,
 * the laser pointer). {@code onlyFor} limits it to one person's clients (their private notes); {@code fromConnection}
 * names the client it came from, which does not get it back.
 */
public record MeetingMessage(long meetingId, long seq, String onlyFor, String fromConnection, String json) {

    public boolean isFor(String login, String connection) {
        return (onlyFor == null || onlyFor.equals(login)) && (fromConnection == null || !fromConnection.equals(connection));
    }
}
