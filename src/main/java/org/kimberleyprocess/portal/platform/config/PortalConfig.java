package org.kimberleyprocess.portal.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's own settings, read through MicroProfile Config: Liberty variables from server.xml, which
 * environment variables override ({@code KPCS_DEMO}, {@code KPCS_ADMIN_PASSWORD}, ...).
 */
@ApplicationScoped
public class PortalConfig {

    @Inject
    @ConfigProperty(name = "kpcs.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "kpcs.admin.username", defaultValue = "secretariat")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "kpcs.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "kpcs.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "kpcs.public.url", defaultValue = "http://localhost:9080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "session.cookie.secure", defaultValue = "false")
    boolean secureCookies;

    @Inject
    @ConfigProperty(name = "kpcs.cluster", defaultValue = "off")
    String cluster;

    /**
     * Whether this server is one of several on one database ({@code KPCS_CLUSTER=on}, exactly as server.xml's
     * include of cluster-on.xml reads it).
     */
    public boolean isCluster() {
        return "on".equals(cluster);
    }

    /** Whether cookies are marked Secure (the portal is reached over HTTPS). */
    public boolean isSecureCookies() {
        return secureCookies;
    }

    /** The address at which people reach the portal, for links in mail (no trailing slash). */
    public String getPublicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Demonstration mode: reference data of 2003 and one account per role with a known password. */
    public boolean isDemo() {
        return demo;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public Optional<String> getAdminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    public Optional<String> getAdminEmail() {
        return adminEmail.filter(e -> !e.isBlank());
    }
}
