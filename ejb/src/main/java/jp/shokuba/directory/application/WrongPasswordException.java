package jp.shokuba.directory.application;

import jp.shokuba.platform.BusinessException;

/**
 * The current password given with a change of one's own password is wrong. A type of its own because the web tier
 * counts it like a failed sign-in (the throttle), which no other refusal is.
 */
public class WrongPasswordException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super(Kind.FORBIDDEN, "password.wrong");
    }
}
