package jp.shokuba.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.WrongPasswordException;
import jp.shokuba.platform.BusinessException;

/**
 * A signed-in person's change of their own password, for the page and the REST API alike. A wrong current password
 * counts like a failed sign-in (throttled and audited the same way, so the form cannot be used to guess it), and the
 * change ends every other session of the person while the session it was made on goes on.
 */
@ApplicationScoped
public class OwnPasswordChange {

    @Inject
    DirectoryService directory;

    @Inject
    SignInThrottle throttle;

    /** The person must wait before trying again; {@link #seconds()} says how long. */
    public static final class MustWait extends Exception {

        private static final long serialVersionUID = 1L;
        private final long seconds;

        MustWait(long seconds) {
            super("retry after " + seconds + " s");
            this.seconds = seconds;
        }

        public long seconds() {
            return seconds;
        }
    }

    public void change(HttpServletRequest request, String login, String current, String next)
            throws BusinessException, MustWait {
        var wait = throttle.retryAfter(login, request.getRemoteAddr());
        if (wait.isPresent()) {
            throw new MustWait(wait.getAsLong());
        }
        int securityVersion;
        try {
            securityVersion = directory.changeOwnPassword(login, current.toCharArray(), next.toCharArray());
        } catch (WrongPasswordException e) {
            throttle.refused(login, request.getRemoteAddr(), "auth.password-change-refused");
            throw e;
        }
        throttle.succeeded(login);
        SignedInSession.keep(request, login, securityVersion);
    }
}
