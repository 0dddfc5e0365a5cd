package jp.shokuba.mail.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.shokuba.mail.application.MailOutboxAdmin;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;

/** For administrators: mail not sent yet, the stuck first, and sending one again now. */
@Named
@ViewScoped
public class MailOutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MailOutboxAdmin outbox;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    private List<MailOutboxAdmin.Line> unsent;

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        unsent = outbox.unsent().stream().sorted((a, b) -> Boolean.compare(b.stuck(), a.stuck())).toList();
    }

    public void retry(long id) {
        try {
            outbox.retryNow(user.login(), id);
            messages.info("mail.outbox.retried");
        } catch (BusinessException e) {
            messages.refused(e);
        }
        reload();
    }

    public List<MailOutboxAdmin.Line> getUnsent() {
        return unsent;
    }

    public long getStuckCount() {
        return unsent.stream().filter(MailOutboxAdmin.Line::stuck).count();
    }
}
