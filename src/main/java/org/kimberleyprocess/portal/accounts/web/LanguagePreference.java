package org.kimberleyprocess.portal.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.platform.i18n.LanguageChosen;

/** Keeps a language the logged-in person chose as their account's preference (mails come in it). */
@ApplicationScoped
public class LanguagePreference {

    @Inject
    private AccountService accounts;

    void keep(@Observes LanguageChosen chosen) {
        accounts.preferLanguage(chosen.language());
    }
}
