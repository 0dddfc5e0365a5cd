package jp.shokuba.approval.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import jp.shokuba.platform.WaitingWork;

/** Tells a person on the home page how many decisions wait for them and which of their documents came back. */
@Stateless
public class ApprovalWaitingWork implements WaitingWork {

    @Inject
    ApprovalService approvals;

    @Inject
    ApprovalInbox inbox;

    @Override
    public List<WaitingItem> waitingFor(String login) {
        List<WaitingItem> items = new ArrayList<>();
        long open = inbox.count(login);
        if (open > 0) {
            items.add(new WaitingItem("approval", "approval.home.waiting", List.of(open), "/approval/index.xhtml"));
        }
        long sentBack = approvals.mine(login).stream().filter(a -> a.state().equals("SENT_BACK")).count();
        if (sentBack > 0) {
            items.add(new WaitingItem("approval", "approval.home.sentBack", List.of(sentBack), "/approval/mine.xhtml"));
        }
        return items;
    }
}
