package jp.shokuba.meetings.domain;

import java.time.Instant;

/**
 * A stored note on one version of a material. {@code page} is null for a note whose page a revision did not find
 * (orphaned: kept and listed, not drawn). {@code seq} orders every change within the meeting.
 */
public record Annotation(long id, long meetingId, long materialId, int version, Integer page, Layer layer,
                         AnnotationKind kind, String author, String points, String color, float width, String text,
                         long seq, Instant createdAt) {

    public boolean orphaned() {
        return page == null;
    }

    /** Whether {@code login} may see it: shared notes are everyone's, private ones only their author's. */
    public boolean visibleTo(String login) {
        return layer == Layer.SHARED || author.equals(login);
    }
}
