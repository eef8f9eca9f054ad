package org.kimberleyprocess.portal.membership.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.membership.application.ApplicationView;
import org.kimberleyprocess.portal.membership.application.ApplicantMembership;
import org.kimberleyprocess.portal.membership.domain.ApplicationIncompleteException;

import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.RegistryService;

/** The applicant's overview (membership/application.xhtml): status, what is missing, answer, submit, withdraw. */
@Named
@RequestScoped
public class ApplicationBacking {

    @Inject
    private ApplicantMembership applicant;

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    private Optional<ApplicationView> application;
    private String answer;
    private String withdrawalReason;
    private List<String> refusedFor = List.of();

    public ApplicationView getApplication() {
        if (application == null) {
            application = applicant.myApplication();
        }
        return application.orElse(null);
    }

    public String getStateName() {
        ApplicationView a = getApplication();
        return a == null ? "" : registry.name(a.isoCode(), language.get());
    }

    /** What is missing: after a refused submission, the items named then; otherwise the file's own list. */
    public List<String> getMissing() {
        ApplicationView a = getApplication();
        if (!refusedFor.isEmpty()) {
            return refusedFor;
        }
        return a == null ? List.of() : a.missing();
    }

    public String start() {
        applicant.openApplication();
        return "/membership/wizard?faces-redirect=true&step=1";
    }

    public String submit() {
        try {
            applicant.submit(getApplication().reference());
        } catch (ApplicationIncompleteException e) {
            refusedFor = e.getMissing();
            messages.error(e);
            return null;
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        messages.info("membership.application.submitted");
        messages.keepForRedirect();
        return "/membership/application?faces-redirect=true";
    }

    public String answer() {
        try {
            applicant.answerInformationRequest(getApplication().reference(), answer);
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        messages.info("membership.application.answered");
        messages.keepForRedirect();
        return "/membership/application?faces-redirect=true";
    }

    public String withdraw() {
        try {
            applicant.withdraw(getApplication().reference(), withdrawalReason);
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        messages.info("membership.application.withdrawn");
        messages.keepForRedirect();
        return "/membership/application?faces-redirect=true";
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }
}
