package jp.shokuba.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells the live clients of a change at the end of its transaction, after every write succeeded and while the
 * transaction still holds the meeting's row lock ({@code MeetingStore.nextSeq}): so changes are published in the order
 * of their sequence numbers, which is what lets a client drop anything at or below the last number it saw. A note
 * whose commit itself then fails could be seen without being stored; rolled-back work (a refused write) never is.
 */
@ApplicationScoped
public class NotesFanOut {

    @Inject
    MeetingBroadcast broadcast;

    void committed(@Observes(during = TransactionPhase.BEFORE_COMPLETION) NotesChanged change) {
        broadcast.publish(new MeetingMessage(change.meetingId(), change.seq(), change.onlyFor(), null, change.message()));
    }
}
