package org.kimberleyprocess.portal.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.accounts.application.ApiTokenService;
import org.kimberleyprocess.portal.accounts.application.ApiTokenView;
import org.kimberleyprocess.portal.accounts.application.IssuedToken;
import org.kimberleyprocess.portal.accounts.domain.ApiToken;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.web.PageMessages;

/** The caller's personal API tokens (account/tokens.xhtml): create one (its secret shown once), list, revoke. */
@Named
@RequestScoped
public class TokensBacking {

    @Inject
    private ApiTokenService tokens;

    @Inject
    private PageMessages messages;

    private String label;
    private Integer days = ApiToken.DEFAULT_DAYS;
    private IssuedToken issued;
    private List<ApiTokenView> mine;

    public List<ApiTokenView> getMine() {
        if (mine == null) {
            mine = tokens.mine();
        }
        return mine;
    }

    /** Creates the token and shows its secret on this response only (it is stored as a hash). */
    public void create() {
        if (days == null || days < 1 || days > ApiToken.MAX_DAYS) {
            messages.error("newToken:days", "account.tokens.error.days", ApiToken.MAX_DAYS);
            return;
        }
        try {
            issued = tokens.issue(label, days);
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        mine = null;
        label = null;
        messages.info("account.tokens.created");
    }

    public String revoke(long id) {
        return messages.perform(() -> tokens.revoke(id), "account.tokens.revoked",
                "/accounts/tokens?faces-redirect=true");
    }

    public IssuedToken getIssued() {
        return issued;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getDaysHint() {
        return messages.text("account.tokens.daysHint", ApiToken.DEFAULT_DAYS, ApiToken.MAX_DAYS);
    }

    public String getDaysError() {
        return messages.text("account.tokens.error.days", ApiToken.MAX_DAYS);
    }

    public int getLabelLength() {
        return ApiToken.LABEL_LENGTH;
    }
}
