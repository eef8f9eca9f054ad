package org.kimberleyprocess.portal.membership.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.kimberleyprocess.portal.membership.application.AdmissionDecision;
import org.kimberleyprocess.portal.membership.application.ApplicationView;
import org.kimberleyprocess.portal.membership.application.ChairMembership;
import org.kimberleyprocess.portal.membership.application.CommitteeMembership;
import org.kimberleyprocess.portal.membership.application.MembershipFiles;
import org.kimberleyprocess.portal.membership.domain.DecisionKind;
import org.kimberleyprocess.portal.platform.web.PageMessages;

/**
 * One application as the Committee, the Chair and the Secretariat see it (committee/application.xhtml?ref=),
 * with the actions each may take. View-scoped, so that the reference (and with it what the page offers) is known
 * when a button of the page is pressed.
 */
@Named
@ViewScoped
public class ApplicationFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChairMembership chair;

    @Inject
    private CommitteeMembership committee;

    @Inject
    private MembershipFiles files;

    @Inject
    private PageMessages messages;

    private String ref;
    /** Read once per request; the view keeps only the reference, so that post-backs see the same file. */
    private transient ApplicationView application;
    private String text;
    private String recommendation = "ADMIT";
    private String decision = "ADMIT";
    private DecisionKind decisionKind = DecisionKind.PLENARY;
    private LocalDate decisionDate;
    private String decisionReference;

    /** Loads the application named by the view parameter; an unknown reference is a 404 page. */
    public void load() throws java.io.IOException {
        try {
            application = files.get(ref == null ? "" : ref);
        } catch (org.kimberleyprocess.portal.platform.errors.NotFoundException e) {
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            faces.responseComplete();
            faces.getExternalContext().responseSendError(404, null);
        }
    }

    public ApplicationView getApplication() {
        if (application == null && ref != null) {
            application = files.get(ref);
        }
        return application;
    }

    public DecisionKind[] getDecisionKinds() {
        return DecisionKind.values();
    }

    public String startAssessment() {
        return act(() -> committee.startAssessment(ref), "membership.file.assessmentStarted");
    }

    public String requestInformation() {
        return act(() -> committee.requestInformation(ref, text), "membership.file.informationRequested");
    }

    public String addNote() {
        return act(() -> committee.addCommitteeNote(ref, text), "membership.file.noteAdded");
    }

    public String proposeVisit() {
        return act(() -> committee.proposeVisit(ref, text), "membership.file.visitProposed");
    }

    public String recommend() {
        return act(() -> committee.recommend(ref, "ADMIT".equals(recommendation), text),
                "membership.file.recommended");
    }

    public String decide() {
        return act(() -> chair.decide(ref, new AdmissionDecision("ADMIT".equals(decision), decisionKind,
                decisionDate, decisionReference)), "membership.file.decided");
    }

    private String act(Runnable action, String doneKey) {
        return messages.perform(action, doneKey, "/membership/file?faces-redirect=true&ref=" + ref);
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public DecisionKind getDecisionKind() {
        return decisionKind;
    }

    public void setDecisionKind(DecisionKind decisionKind) {
        this.decisionKind = decisionKind;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(String decisionReference) {
        this.decisionReference = decisionReference;
    }
}
