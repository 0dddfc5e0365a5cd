package jp.shokuba.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers a page about an object that does not exist (a malformed or unknown id) with the friendly 404 page of
 * web.xml, instead of an empty page titled "| Shokuba".
 */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    public static void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (external.isResponseCommitted()) {
            return;
        }
        try {
            external.responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
