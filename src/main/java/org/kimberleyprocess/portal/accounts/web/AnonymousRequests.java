package org.kimberleyprocess.portal.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.accounts.application.AbuseLimits;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.web.PageMessages;

/**
 * Sends an anonymous request for an account the one way both forms share: the password typed the same twice, the
 * per-address limit on anonymous forms, the service's refusal shown on the page (nothing changed).
 */
@RequestScoped
public class AnonymousRequests {

    @Inject
    private AbuseLimits limits;

    @Inject
    private PageMessages messages;

    /** Runs the request; false, with the reason shown, when it was not sent. */
    public boolean send(AccountRequestForm form, String repeatedFieldId, Runnable request) {
        if (!form.passwordsMatch()) {
            messages.error(repeatedFieldId, "account.password.error.mismatch");
            return false;
        }
        if (!limits.allowFormNow()) {
            messages.error(null, "error.tooManyRequests");
            return false;
        }
        try {
            request.run();
            return true;
        } catch (BusinessException e) {
            messages.error(e);
            return false;
        }
    }
}
