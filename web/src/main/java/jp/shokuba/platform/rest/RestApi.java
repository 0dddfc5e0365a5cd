package jp.shokuba.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Shokuba API", version = "1",
                description = "Staff workplace platform. Authenticate with HTTP Basic (login and password) on each call, "
                        + "or with the session cookie of a page's sign-in and its CSRF token. Errors are RFC 9457 "
                        + "problem details."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
/**
 * The REST API. Its resources are {@code @ApplicationScoped}: they hold only injected services and JAX-RS
 * context proxies, and a resource built anew for every call cost a tenth of a booking's time at 08:30.
 */
public class RestApi extends Application {
}
