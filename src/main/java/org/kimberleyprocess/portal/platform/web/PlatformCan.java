package org.kimberleyprocess.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import org.kimberleyprocess.portal.platform.audit.AuditLog;
import org.kimberleyprocess.portal.platform.mail.Outbox;

/** What the platform's pages offer the person, as its services allow it ({@code #{can.platform…}}). */
@RequestScoped
public class PlatformCan implements CapabilityPermissions {

    @Override
    public String capability() {
        return "platform";
    }

    public boolean readAuditLog() {
        return Permissions.allows(AuditLog.class, "page");
    }

    public boolean readOutbox() {
        return Permissions.allows(Outbox.class, "latest");
    }
}
