package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.platform.web.CapabilityPermissions;
import org.kimberleyprocess.portal.platform.web.Permissions;
import org.kimberleyprocess.portal.accounts.web.AccountsCan;
import org.kimberleyprocess.portal.registry.application.ContactDirectory;
import org.kimberleyprocess.portal.registry.application.ObserverAdmission;
import org.kimberleyprocess.portal.registry.application.RegistryAdministration;
import org.kimberleyprocess.portal.registry.application.RegistryEntry;

/** What the registry's pages offer the person, as the registry's services allow it ({@code #{can.registry…}}). */
@RequestScoped
public class RegistryCan implements CapabilityPermissions {

    @Override
    public String capability() {
        return "registry";
    }

    @Inject
    private AccountsCan accounts;

    /** Record a change of a Participant's status. */
    public boolean changeStatus() {
        return Permissions.allows(RegistryAdministration.class, "changeStatus");
    }

    /** Record the Plenary's selection of a Vice-Chair. */
    public boolean selectViceChair() {
        return Permissions.allows(RegistryAdministration.class, "selectViceChair");
    }

    /** Enter the registry's record directly (states, Observers, Chair terms, files). */
    public boolean enterRegistry() {
        return Permissions.allows(RegistryEntry.class, "importFile");
    }

    /** Decide on Observer requests. */
    public boolean decideObserverRequests() {
        return Permissions.allows(ObserverAdmission.class, "approve");
    }

    /** Keep one's own Participant's contacts directory. */
    public boolean editOwnContacts() {
        return accounts.actsForState() && Permissions.allows(ContactDirectory.class, "save");
    }
}
