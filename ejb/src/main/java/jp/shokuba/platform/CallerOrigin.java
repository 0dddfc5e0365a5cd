package jp.shokuba.platform;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from, as the web tier saw it. Outside a request (timers,
 * startup) there is none and callers fall back to {@link #SYSTEM}.
 */
@RequestScoped
public class CallerOrigin {

    public static final String SYSTEM = "system";

    private String remoteAddress = SYSTEM;

    public String remoteAddress() {
        return remoteAddress;
    }

    public void remoteAddress(String address) {
        this.remoteAddress = address == null || address.isBlank() ? SYSTEM : address;
    }
}
