package jp.shokuba.platform.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Puts a {@link CsrfField} into every form as it joins the view, so that no page can forget it;
 * {@link CsrfFilter} refuses a POST without it.
 */
public class CsrfFieldInstaller implements SystemEventListener {

    private static final String MARK = "shokubaCsrf";

    @Override
    public void processEvent(SystemEvent event) {
        UIForm form = (UIForm) event.getSource();
        if (form.getAttributes().containsKey(MARK)) {
            return;
        }
        form.getAttributes().put(MARK, Boolean.TRUE);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getSession(true); // now, while the session cookie can still be sent
        UIComponent field = faces.getApplication().createComponent(CsrfField.TYPE);
        field.setId(MARK);
        field.setTransient(true);
        form.getChildren().add(field);
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm;
    }
}
