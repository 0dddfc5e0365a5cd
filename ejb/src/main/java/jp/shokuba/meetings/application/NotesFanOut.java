package jp.shokuba.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Tells the live clients of a change only once it is committed, so that nobody sees a note that was rolled back. */
@ApplicationScoped
public class NotesFanOut {

    @Inject
    MeetingBroadcast broadcast;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotesChanged change) {
        broadcast.publish(new MeetingMessage(change.meetingId(), change.seq(), change.onlyFor(), null, change.message()));
    }
}
