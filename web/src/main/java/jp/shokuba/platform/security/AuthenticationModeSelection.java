package jp.shokuba.platform.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.logging.Logger;
import jp.shokuba.directory.infrastructure.DirectoryGroups;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Chooses the one authentication mechanism at deployment: the login form with HTTP Basic
 * ({@link ShokubaAuthenticationMechanism}, the default) or OpenID Connect ({@link SingleSignOn}) when
 * {@code shokuba.auth.mode=oidc}. Jakarta Security 3 allows a single mechanism per application,
 * so the other one is vetoed before it becomes a bean. With single sign-on, {@link DirectoryGroups}
 * gives the roles.
 */
public class AuthenticationModeSelection implements Extension {

    private static final Logger LOG = Logger.getLogger(AuthenticationModeSelection.class.getName());

    private final boolean singleSignOn = "oidc".equalsIgnoreCase(
            ConfigProvider.getConfig().getOptionalValue("shokuba.auth.mode", String.class).orElse("form"));

    void form(@Observes ProcessAnnotatedType<ShokubaAuthenticationMechanism> type) {
        if (singleSignOn) {
            type.veto();
            LOG.info("sign-in by OpenID Connect (shokuba.auth.mode=oidc)");
        }
    }

    void openIdConnect(@Observes ProcessAnnotatedType<SingleSignOn> type) {
        if (!singleSignOn) {
            type.veto();
        }
    }

    void identitiesForSingleSignOn(@Observes ProcessAnnotatedType<SingleSignOnIdentities> type) {
        if (!singleSignOn) {
            type.veto();
        }
    }

    void rolesForSingleSignOn(@Observes ProcessAnnotatedType<DirectoryGroups> type) {
        if (!singleSignOn) {
            type.veto();
        }
    }
}
