package org.kimberleyprocess.portal.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The portal's REST API under /api; its OpenAPI document is served at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "KPCS Portal API", version = "1",
        description = "Public registry of the Kimberley Process Certification Scheme, and KP-only data for"
                + " logged-in users according to their role."))
public class PortalApi extends Application {
}
