package jp.shokuba.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.security.RefusedAccessAudit;

/** Builds problems from refusals, in the caller's language ({@link ApiLanguage}). */
final class Problems {

    private Problems() {
    }

    /** A rule that refused the caller is named for the audit of refused access ({@code RefusedAccessAudit}). */
    static void noteRefusal(HttpServletRequest request, BusinessException e) {
        if (request != null && e.kind() == BusinessException.Kind.FORBIDDEN) {
            request.setAttribute(RefusedAccessAudit.REASON, e.key());
        }
    }

    static Problem of(BusinessException e, Locale locale) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 400;
            case FORBIDDEN -> 403;
        };
        String title = switch (e.kind()) {
            case NOT_FOUND -> "Not Found";
            case CONFLICT -> "Conflict";
            case INVALID -> "Bad Request";
            case FORBIDDEN -> "Forbidden";
        };
        return Problem.of(status, e.key(), title, e.message(locale));
    }
}
