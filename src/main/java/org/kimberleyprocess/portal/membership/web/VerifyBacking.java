package org.kimberleyprocess.portal.membership.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.membership.application.SignUpService;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.platform.web.Pages;

/**
 * The page the email link opens (signup-verify.xhtml?token=): it shows a button, and only pressing it (a POST)
 * verifies the address, so that a mail scanner that follows the link verifies nothing.
 */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    private SignUpService signUps;

    @Inject
    private PageMessages messages;

    private String token;
    private boolean verified;

    public void verify() {
        if (token == null) {
            token = Pages.parameter("token").orElse(null);
        }
        try {
            signUps.verify(token);
            verified = true;
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public boolean isVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
