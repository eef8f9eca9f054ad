package org.kimberleyprocess.portal.membership.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.membership.application.ApplicationView;
import org.kimberleyprocess.portal.membership.application.ApplicantMembership;
import org.kimberleyprocess.portal.membership.application.MembershipFiles;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.web.PageMessages;

/**
 * The application wizard (membership/wizard.xhtml?step=1..6). Every step is saved to the server when the user
 * leaves it, so the file can be taken up again on another day or machine.
 */
@Named
@ViewScoped
public class WizardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int STEPS = 6;

    @Inject
    private ApplicantMembership applicant;

    @Inject
    private MembershipFiles files;

    @Inject
    private PageMessages messages;

    private int step = 1;
    private String reference;
    private ContactForm focalPoint;
    private ContactForm alternate;
    private String importingAuthority;
    private String exportingAuthority;
    private String statisticsArrangements;
    private boolean declared;
    private String legislationTitle;
    private LocalDate legislationDate;
    private String legislationReference;
    private transient Part legislationFile;
    private transient Part certificateFile;
    private transient ApplicationView current;
    private transient jakarta.faces.context.FacesContext loadedIn;

    /**
     * Loads the state's open application. Opening the wizard never creates one (a GET changes nothing): without an
     * open application the applicant is sent to the overview, whose button starts it.
     */
    @PostConstruct
    void load() {
        java.util.Optional<ApplicationView> open = applicant.myApplication()
                .filter(x -> !x.status().closed());
        if (open.isEmpty()) {
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/membership/application.xhtml");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        ApplicationView a = open.get();
        current = a;
        loadedIn = jakarta.faces.context.FacesContext.getCurrentInstance();
        reference = a.reference();
        focalPoint = ContactForm.of(a.focalPoint());
        alternate = ContactForm.of(a.alternate());
        importingAuthority = a.importingAuthority();
        exportingAuthority = a.exportingAuthority();
        statisticsArrangements = a.statisticsArrangements();
        declared = a.declaredAt() != null;
    }

    /** The application as it is now on the server (for lists and links on the page), read once per request. */
    public ApplicationView getApplication() {
        jakarta.faces.context.FacesContext request = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (current == null || loadedIn != request) {
            current = files.get(reference);
            loadedIn = request;
        }
        return current;
    }

    public List<Integer> getSteps() {
        return java.util.stream.IntStream.rangeClosed(1, STEPS).boxed().toList();
    }

    /** Saves the current step and stays on it. */
    public String save() {
        return saveStep() ? done(step) : null;
    }

    /** Saves the current step and moves on (after the last step, to the overview). */
    public String saveAndContinue() {
        if (!saveStep()) {
            return null;
        }
        return step >= STEPS ? "/membership/application?faces-redirect=true" : done(step + 1);
    }

    public String back() {
        return saveStep() ? done(Math.max(1, step - 1)) : null;
    }

    private String done(int next) {
        messages.info("membership.wizard.saved");
        messages.keepForRedirect();
        return "/membership/wizard?faces-redirect=true&step=" + next;
    }

    private boolean saveStep() {
        try {
            switch (step) {
                case 1 -> applicant.saveContacts(reference, focalPoint.toPerson(), alternate.toPerson());
                case 2 -> applicant.saveAuthorities(reference, importingAuthority, exportingAuthority);
                case 3 -> {
                    if (legislationPending()) {
                        return storeLegislation();
                    }
                }
                case 4 -> {
                    if (certificateFile != null && certificateFile.getSize() > 0) {
                        return storeCertificate();
                    }
                }
                case 5 -> applicant.saveStatisticsArrangements(reference, statisticsArrangements);
                case 6 -> applicant.saveDeclaration(reference, declared);
                default -> throw new IllegalStateException("no step " + step);
            }
            return true;
        } catch (BusinessException e) {
            messages.error(e);
            return false;
        }
    }

    /** Whether the user began to describe a law (so that leaving the step must not lose it). */
    private boolean legislationPending() {
        return (legislationTitle != null && !legislationTitle.isBlank()) || legislationDate != null
                || (legislationFile != null && legislationFile.getSize() > 0);
    }

    public String addLegislation() {
        if (!storeLegislation()) {
            return null;
        }
        messages.info("membership.legislation.added");
        messages.keepForRedirect();
        return "/membership/wizard?faces-redirect=true&step=3";
    }

    private boolean storeLegislation() {
        if (legislationFile == null || legislationFile.getSize() == 0) {
            messages.error("wizard:legislationFile", "membership.legislation.error.file");
            return false;
        }
        try (InputStream in = legislationFile.getInputStream()) {
            applicant.addLegislation(reference, legislationTitle, legislationDate, legislationReference,
                    legislationFile.getSubmittedFileName(), legislationFile.getSize(), in);
            legislationTitle = null;
            legislationDate = null;
            legislationReference = null;
            return true;
        } catch (BusinessException e) {
            messages.error(e);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String removeLegislation(Long id) {
        try {
            applicant.removeLegislation(reference, id);
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        return done(3);
    }

    public String uploadCertificate() {
        if (certificateFile == null || certificateFile.getSize() == 0) {
            messages.error("wizard:certificateFile", "membership.certificate.error.file");
            return null;
        }
        if (!storeCertificate()) {
            return null;
        }
        messages.info("membership.certificate.uploaded");
        messages.keepForRedirect();
        return "/membership/wizard?faces-redirect=true&step=4";
    }

    private boolean storeCertificate() {
        try (InputStream in = certificateFile.getInputStream()) {
            applicant.attachCertificateSpecimen(reference, certificateFile.getSubmittedFileName(),
                    certificateFile.getSize(), in);
            return true;
        } catch (BusinessException e) {
            messages.error(e);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = Math.max(1, Math.min(STEPS, step));
    }

    public String getReference() {
        return reference;
    }

    public ContactForm getFocalPoint() {
        return focalPoint;
    }

    public ContactForm getAlternate() {
        return alternate;
    }

    public String getImportingAuthority() {
        return importingAuthority;
    }

    public void setImportingAuthority(String importingAuthority) {
        this.importingAuthority = importingAuthority;
    }

    public String getExportingAuthority() {
        return exportingAuthority;
    }

    public void setExportingAuthority(String exportingAuthority) {
        this.exportingAuthority = exportingAuthority;
    }

    public String getStatisticsArrangements() {
        return statisticsArrangements;
    }

    public void setStatisticsArrangements(String statisticsArrangements) {
        this.statisticsArrangements = statisticsArrangements;
    }

    public boolean isDeclared() {
        return declared;
    }

    public void setDeclared(boolean declared) {
        this.declared = declared;
    }

    public String getLegislationTitle() {
        return legislationTitle;
    }

    public void setLegislationTitle(String legislationTitle) {
        this.legislationTitle = legislationTitle;
    }

    public LocalDate getLegislationDate() {
        return legislationDate;
    }

    public void setLegislationDate(LocalDate legislationDate) {
        this.legislationDate = legislationDate;
    }

    public String getLegislationReference() {
        return legislationReference;
    }

    public void setLegislationReference(String legislationReference) {
        this.legislationReference = legislationReference;
    }

    public Part getLegislationFile() {
        return legislationFile;
    }

    public void setLegislationFile(Part legislationFile) {
        this.legislationFile = legislationFile;
    }

    public Part getCertificateFile() {
        return certificateFile;
    }

    public void setCertificateFile(Part certificateFile) {
        this.certificateFile = certificateFile;
    }
}
