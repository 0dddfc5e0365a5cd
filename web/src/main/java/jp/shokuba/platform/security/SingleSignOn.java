package jp.shokuba.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Sign-in through the city's identity provider (OpenID Connect). Active only when
 * {@code shokuba.auth.mode=oidc} ({@link AuthenticationModeSelection}); then it replaces the login
 * form and HTTP Basic. A person is known by the token's immutable subject ({@code sub}, or the claim in
 * {@code SHOKUBA_OIDC_SUBJECT_CLAIM}), linked once to the Shokuba login equal to their {@code preferred_username}
 * (or {@code SHOKUBA_OIDC_USERNAME_CLAIM}) at their first sign-in ({@link SingleSignOnIdentities}); the roles still
 * come from the directory. The provider sends people back to {@link SingleSignOnCallback}.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "sub"))
public class SingleSignOn {
}
