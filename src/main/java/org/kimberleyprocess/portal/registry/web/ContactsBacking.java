package org.kimberleyprocess.portal.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.ContactDirectory;
import org.kimberleyprocess.portal.registry.application.RegistryService;

/**
 * A Participant's contacts directory for editing (account/contacts.xhtml): a focal point edits its own, the
 * Secretariat any (?iso=).
 */
@Named
@ViewScoped
public class ContactsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContactDirectory directory;

    @Inject
    private AccountService accounts;

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    private String iso;
    private List<ContactForm> entries;

    /** Loads the directory (a focal point's own when no ?iso= is given). */
    public void load() {
        if (iso == null || iso.isBlank()) {
            iso = accounts.myAccount().participantIso();
        }
        entries = directory.forEditing(iso).stream().map(ContactForm::new).toList();
    }

    public String save() {
        try {
            directory.save(iso, entries.stream().map(ContactForm::toEntry).toList());
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        messages.info("registry.contacts.saved");
        messages.keepForRedirect();
        return "/registry/contacts?faces-redirect=true&iso=" + iso;
    }

    public String getStateName() {
        return iso == null ? "" : registry.name(iso, language.get());
    }

    public List<ContactForm> getEntries() {
        return entries;
    }

    public String getIso() {
        return iso;
    }

    public void setIso(String iso) {
        this.iso = iso;
    }
}
