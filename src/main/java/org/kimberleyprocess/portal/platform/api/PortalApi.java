package org.kimberleyprocess.portal.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The portal's REST API, version 1, under /api/v1 (later versions get their own path); its OpenAPI document is at /openapi. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "KPCS Portal API", version = "1",
        description = "Public registry of the Kimberley Process Certification Scheme, and KP-only data for"
                + " logged-in users according to their role."))
public class PortalApi extends Application {
}
