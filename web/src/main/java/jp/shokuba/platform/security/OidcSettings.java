package jp.shokuba.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;

/**
 * The identity provider's settings for {@link SingleSignOn}, from {@code SHOKUBA_OIDC_*}
 * environment variables (MicroProfile Config). Read when asked, so that an installation without
 * single sign-on needs none of them.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    Config config;

    /** Whether people sign in through the identity provider (which then keeps their passwords, not Shokuba). */
    public boolean isSingleSignOn() {
        return "oidc".equalsIgnoreCase(value("shokuba.auth.mode"));
    }

    public String getProviderUri() {
        return value("shokuba.oidc.provider-uri");
    }

    public String getClientId() {
        return value("shokuba.oidc.client-id");
    }

    public String getClientSecret() {
        return value("shokuba.oidc.client-secret");
    }

    /** The claim that names a person for good ({@code SHOKUBA_OIDC_SUBJECT_CLAIM}; {@code sub} by default). */
    public String getSubjectClaim() {
        return value("shokuba.oidc.subject-claim", "sub");
    }

    /**
     * The claim matched against the Shokuba login once, at a person's first sign-in, to link their subject
     * ({@code SHOKUBA_OIDC_USERNAME_CLAIM}; {@code preferred_username} by default).
     */
    public String getUsernameClaim() {
        return value("shokuba.oidc.username-claim", "preferred_username");
    }

    private String value(String key, String fallback) {
        String v = value(key);
        return v.isBlank() ? fallback : v.strip();
    }

    private String value(String key) {
        return config.getOptionalValue(key, String.class).orElse("");
    }
}
