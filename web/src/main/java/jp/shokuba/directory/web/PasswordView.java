package jp.shokuba.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jp.shokuba.directory.application.WrongPasswordException;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.security.OwnPasswordChange;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;

/**
 * My password: the current one and the new one twice. Request-scoped, so no password outlives the request; each
 * refusal is shown at the field it is about (and in the page's summary above).
 */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    OwnPasswordChange passwordChange;

    @Inject
    CurrentUser user;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String current;
    private String newPassword;
    private String repeat;

    public void change() {
        if (!newPassword.equals(repeat)) {
            refuse("repeat", messages.text("password.mismatch"));
            return;
        }
        try {
            passwordChange.change((HttpServletRequest) faces.getExternalContext().getRequest(),
                    user.login(), current, newPassword);
            messages.info("password.changed");
        } catch (OwnPasswordChange.MustWait wait) {
            refuse("current", messages.text("password.throttled", wait.seconds()));
        } catch (WrongPasswordException wrong) {
            refuse("current", wrong.message(faces.getViewRoot().getLocale()));
        } catch (BusinessException refused) {
            refuse("new", refused.message(faces.getViewRoot().getLocale()));
        }
    }

    private void refuse(String field, String text) {
        faces.addMessage("passwordForm:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
