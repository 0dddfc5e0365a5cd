package jp.shokuba.meetings.application;

/**
 * A committed change of a meeting's notes, to be told to its live clients after commit: a note made ({@code
 * message} already in wire format), erased, or a revision. {@code onlyFor} is the author of a private note.
 */
public record NotesChanged(long meetingId, long seq, String onlyFor, String message) {
}
