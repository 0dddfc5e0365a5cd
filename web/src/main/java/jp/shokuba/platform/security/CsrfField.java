package jp.shokuba.platform.security;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Renders the hidden CSRF token field inside a form. */
@FacesComponent(CsrfField.TYPE)
public class CsrfField extends UIComponentBase {

    public static final String TYPE = "jp.shokuba.CsrfField";

    @Override
    public String getFamily() {
        return "jp.shokuba";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", this);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", CsrfToken.FIELD, null);
        writer.writeAttribute("value", CsrfToken.of((HttpSession) context.getExternalContext().getSession(true)), null);
        writer.endElement("input");
    }
}
