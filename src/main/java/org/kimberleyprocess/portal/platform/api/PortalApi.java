package org.kimberleyprocess.portal.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The portal's REST API, version 1, under /api/v1 (later versions get their own path); its OpenAPI document is at /openapi. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "KPCS Portal API", version = "1",
        description = "Public registry of the Kimberley Process Certification Scheme, and KP-only data for"
                + " logged-in users according to their role. A script authenticates with a personal API token"
                + " (Authorization: Bearer), created on the account's page in the portal or obtained with"
                + " POST /api/v1/tokens and the account's username and password (HTTP Basic, accepted there only)."),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "session")})
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "A personal API token (64 hexadecimal characters); it expires and can be revoked."),
    @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
            description = "Username and password: on POST /api/v1/tokens only."),
    @SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
            apiKeyName = "LtpaToken2", description = "The login of the portal's pages (what the pages' own calls use).")
})
public class PortalApi extends Application {
}
