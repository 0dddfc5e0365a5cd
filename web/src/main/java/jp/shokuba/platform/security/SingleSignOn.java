package jp.shokuba.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Sign-in through the city's identity provider (OpenID Connect). Active only when
 * {@code shokuba.auth.mode=oidc} ({@link AuthenticationModeSelection}); then it replaces the login
 * form and HTTP Basic. The provider's {@code preferred_username} must be the Shokuba login; the
 * roles still come from the directory. The provider sends people back to {@link SingleSignOnCallback}.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username"))
public class SingleSignOn {
}
