package org.kimberleyprocess.portal.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.ChairTermEntry;
import org.kimberleyprocess.portal.registry.application.ImportProblem;
import org.kimberleyprocess.portal.registry.application.ObserverEntry;
import org.kimberleyprocess.portal.registry.application.RegistryEntry;
import org.kimberleyprocess.portal.registry.application.RegistryFile;
import org.kimberleyprocess.portal.registry.application.RegistryImportRejected;
import org.kimberleyprocess.portal.registry.application.StateEntry;
import org.kimberleyprocess.portal.registry.domain.ChairOffice;
import org.kimberleyprocess.portal.registry.domain.ObserverKind;
import org.kimberleyprocess.portal.registry.domain.ParticipantKind;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * The Secretariat's registry page (secretariat/registry.xhtml): a registry file imported all or nothing, or a
 * state, an Observer or a Chair term entered by hand.
 */
@Named
@ViewScoped
public class RegistryEntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One problem of a refused file, as the page lists it. */
    public record ProblemRow(long line, String message) implements Serializable {
    }

    @Inject
    private RegistryEntry entry;

    @Inject
    private PageMessages messages;

    private transient Part file;
    private List<ProblemRow> problems = List.of();

    private String isoCode;
    private String name;
    private ParticipantKind kind = ParticipantKind.STATE;
    private ParticipationStatus status;
    private LocalDate date;
    private String reference;
    private String reason;

    private String observerName;
    private ObserverKind observerKind;
    private LocalDate observerSince;

    private Integer termYear;
    private ChairOffice termOffice;
    private String termIsoCode;
    private String termReference;

    public String importFile() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            messages.error("import:file", "registry.import.error.noFile");
            return null;
        }
        if (file.getSize() > RegistryFile.MAX_BYTES) {
            messages.error("import:file", "registry.import.error.size", RegistryFile.MAX_BYTES / 1024);
            return null;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            messages.error("import:file", "registry.import.error.malformed");
            return null;
        }
        try {
            RegistryEntry.ImportSummary done = entry.importFile(file.getSubmittedFileName(), content);
            messages.info("registry.import.done", done.states(), done.statusChanges(), done.observers(),
                    done.chairTerms());
            messages.keepForRedirect();
            return "/registry/manage?faces-redirect=true";
        } catch (RegistryImportRejected rejected) {
            messages.error(null, "registry.import.rejected", rejected.getProblems().size());
            problems = rejected.getProblems().stream().map(this::row).toList();
            return null;
        }
    }

    private ProblemRow row(ImportProblem p) {
        String text = messages.text(p.messageKey(), p.arguments().toArray());
        return new ProblemRow(p.line(), text);
    }

    public String enterState() {
        return messages.perform(() -> entry.enterState(new StateEntry(isoCode, name, kind, status, date, reference,
                reason, List.of())), "registry.entry.stateEntered", "/registry/manage?faces-redirect=true");
    }

    public String enterObserver() {
        return messages.perform(() -> entry.enterObserver(new ObserverEntry(observerName, observerKind,
                observerSince)), "registry.entry.observerEntered", "/registry/manage?faces-redirect=true");
    }

    public String enterChairTerm() {
        return messages.perform(() -> entry.enterChairTerm(new ChairTermEntry(termYear, termOffice, termIsoCode,
                termReference)), "registry.entry.termEntered", "/registry/manage?faces-redirect=true");
    }

    public List<String> getFormats() {
        return Arrays.stream(RegistryFile.Format.values()).map(RegistryFile.Format::header).toList();
    }

    public ParticipantKind[] getKinds() {
        return ParticipantKind.values();
    }

    public ParticipationStatus[] getStatuses() {
        return ParticipationStatus.values();
    }

    public ObserverKind[] getObserverKinds() {
        return ObserverKind.values();
    }

    public ChairOffice[] getOffices() {
        return ChairOffice.values();
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public void setIsoCode(String isoCode) {
        this.isoCode = isoCode == null ? null : IsoCode.normalised(isoCode);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public void setKind(ParticipantKind kind) {
        this.kind = kind;
    }

    public ParticipationStatus getStatus() {
        return status;
    }

    public void setStatus(ParticipationStatus status) {
        this.status = status;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getObserverName() {
        return observerName;
    }

    public void setObserverName(String observerName) {
        this.observerName = observerName;
    }

    public ObserverKind getObserverKind() {
        return observerKind;
    }

    public void setObserverKind(ObserverKind observerKind) {
        this.observerKind = observerKind;
    }

    public LocalDate getObserverSince() {
        return observerSince;
    }

    public void setObserverSince(LocalDate observerSince) {
        this.observerSince = observerSince;
    }

    public Integer getTermYear() {
        return termYear;
    }

    public void setTermYear(Integer termYear) {
        this.termYear = termYear;
    }

    public ChairOffice getTermOffice() {
        return termOffice;
    }

    public void setTermOffice(ChairOffice termOffice) {
        this.termOffice = termOffice;
    }

    public String getTermIsoCode() {
        return termIsoCode;
    }

    public void setTermIsoCode(String termIsoCode) {
        this.termIsoCode = termIsoCode == null ? null : IsoCode.normalised(termIsoCode);
    }

    public String getTermReference() {
        return termReference;
    }

    public void setTermReference(String termReference) {
        this.termReference = termReference;
    }
}
