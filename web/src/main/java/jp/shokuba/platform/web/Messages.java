package jp.shokuba.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.platform.BusinessException;

/** Page messages in the reader's language, from the {@code msg} bundle or from a refused request. */
@RequestScoped
public class Messages {

    static final String BUNDLE = "jp.shokuba.web.i18n.messages";

    @Inject
    FacesContext faces;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    @Inject
    AuditTrail audit;

    /** Shows the refusal; a rule that refused the caller access is audited as the API's 403s are. */
    public void refused(BusinessException e) {
        if (e.kind() == BusinessException.Kind.FORBIDDEN) {
            String who = faces.getExternalContext().getRemoteUser();
            String view = faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
            audit.recordAs(who == null ? "anonymous" : who,
                    new AuditEvent("access.refused", "Request", "POST " + view, e.key()));
        }
        add(FacesMessage.SEVERITY_ERROR, e.message(locale()));
    }

    /** A refusal shown at the field it is about (and in the page's message list). */
    public void refusedAt(String clientId, BusinessException e) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(locale()), null));
    }

    /** An action of a page; when the application refuses it, the reason is shown on the page. */
    public interface Action {
        void run() throws BusinessException;
    }

    /** Runs the action, showing its refusal (if any) as a page message; whether it went through. */
    public boolean attempt(Action action) {
        try {
            action.run();
            return true;
        } catch (BusinessException e) {
            refused(e);
            return false;
        }
    }

    public String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale(), Messages.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    private Locale locale() {
        return faces.getViewRoot() == null ? Locale.JAPANESE : faces.getViewRoot().getLocale();
    }

    private void add(FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
