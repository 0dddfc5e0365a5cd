package jp.shokuba.platform.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.infrastructure.DirectoryGroups;

/**
 * With single sign-on, turns the identity provider's verdict into a Shokuba person. The provider's own store checks
 * the tokens; then the person is found by the token's immutable subject claim ({@link OidcSettings#getSubjectClaim},
 * {@code sub}), linked once by the username claim at their first sign-in ({@link DirectoryService#singleSignOnLogin}):
 * a username renamed at the provider, or handed to someone else, no longer decides who signs in. The caller principal
 * is the Shokuba login, the roles come from the directory, and the session remembers the person's security version
 * so that {@link SingleSignOnSessionFilter} ends it like a form sign-in's. Only active with single sign-on
 * ({@link AuthenticationModeSelection}); it decorates the container's handler, which asks the provider's store.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SingleSignOnIdentities implements IdentityStoreHandler {

    /** The caller name of someone the provider signed in who is nobody in Shokuba (no login contains ':'). */
    static final String REFUSED_PREFIX = "oidc-refused:";

    private static final Logger LOG = Logger.getLogger(SingleSignOnIdentities.class.getName());

    @Inject
    @Delegate
    IdentityStoreHandler stores;

    @Inject
    OpenIdContext openId;

    @Inject
    OidcSettings settings;

    @Inject
    DirectoryService directory;

    @Inject
    DirectoryGroups groups;

    @Inject
    SessionCheck sessions;

    @Inject
    AuditTrail audit;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        CredentialValidationResult provider = stores.validate(credential);
        if (provider.getStatus() != CredentialValidationResult.Status.VALID) {
            return provider;
        }
        JwtClaims claims = openId.getIdentityToken().getJwtClaims();
        Optional<String> subject = claims.getStringClaim(settings.getSubjectClaim());
        Optional<String> username = claims.getStringClaim(settings.getUsernameClaim());
        Optional<String> login = directory.singleSignOnLogin(subject.orElse(null), username.orElse(null));
        if (login.isEmpty()) {
            String who = username.orElse(subject.orElse("?"));
            LOG.info(() -> "single sign-on refused: no person linked to " + settings.getSubjectClaim() + " "
                    + subject.orElse("(none)") + " (" + settings.getUsernameClaim() + " " + username.orElse("(none)") + ")");
            audit.recordAs(who, AuditEvent.of("auth.sign-in-refused", "Staff", who).withDetail("single sign-on"));
            // not INVALID_RESULT: Soteria's mechanism then fails with a NullPointerException (a 500). A caller that
            // can be no login (':'), with no role, whose session SingleSignOnSessionFilter refuses at once.
            return new CredentialValidationResult(REFUSED_PREFIX + subject.orElse("?"), Set.of());
        }
        Set<String> roles = groups.getCallerGroups(new CredentialValidationResult(login.get()));
        CredentialValidationResult person = new CredentialValidationResult(login.get(), roles);
        sessions.currentVersion(login.get())
                .ifPresent(v -> SignedInSession.remember(request, person, v, sessions.now()));
        audit.recordAs(login.get(), AuditEvent.of("auth.signed-in", "Staff", login.get()).withDetail("single sign-on"));
        return person;
    }
}
