package org.kimberleyprocess.portal.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.reporting.application.Adoption;
import org.kimberleyprocess.portal.reporting.application.QuestionnaireService;
import org.kimberleyprocess.portal.reporting.application.VersionSummary;
import org.kimberleyprocess.portal.reporting.domain.questionnaire.QuestionnaireVersion;

/**
 * The questionnaire's versions (reporting/versions.xhtml), for the Secretariat: the list, a new draft from the
 * standard questionnaire, from a JSON file or as a copy, and the record of an adoption.
 */
@Named
@RequestScoped
public class VersionsBacking {

    @Inject
    private QuestionnaireService questionnaires;

    @Inject
    private PageMessages messages;

    private List<VersionSummary> versions;
    private Part file;
    private Integer adoptNumber;
    private String reference;
    private LocalDate date;
    private Integer firstYear;

    public List<VersionSummary> getVersions() {
        if (versions == null) {
            versions = questionnaires.versions();
        }
        return versions;
    }

    /** The drafts, which may be edited and adopted. */
    public List<VersionSummary> getDrafts() {
        return getVersions().stream().filter(VersionSummary::draft).toList();
    }

    public String importStandard() {
        try {
            return edit(questionnaires.importStandard(), "reporting.versions.created");
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
    }

    public String copy(int number) {
        try {
            return edit(questionnaires.copy(number), "reporting.versions.copied");
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
    }

    /** A new draft from a file in the questionnaire's JSON form; a file that is not one is refused with why. */
    public String importFile() {
        if (file == null || file.getSize() == 0) {
            messages.error("importForm:file", "reporting.versions.error.noFile");
            return null;
        }
        if (file.getSize() > QuestionnaireVersion.DEFINITION_LENGTH) {
            messages.error("importForm:file", "reporting.questionnaire.error.tooLong",
                    QuestionnaireVersion.DEFINITION_LENGTH);
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return edit(questionnaires.importDraft(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
                    "reporting.versions.imported");
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        } catch (IOException e) {
            messages.error("importForm:file", "reporting.versions.error.noFile");
            return null;
        }
    }

    /** Records the Plenary's adoption of a draft; refused (with why) while a translation is missing. */
    public String adopt() {
        if (adoptNumber == null) {
            messages.error("adoptForm:number", "reporting.versions.error.noDraft");
            return null;
        }
        return messages.perform(() -> questionnaires.adopt(adoptNumber, new Adoption(reference, date, firstYear)),
                "reporting.versions.adopted", "/reporting/versions?faces-redirect=true");
    }

    private String edit(int number, String doneKey) {
        messages.info(doneKey, number);
        messages.keepForRedirect();
        return "/reporting/version?faces-redirect=true&number=" + number;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Integer getAdoptNumber() {
        return adoptNumber;
    }

    public void setAdoptNumber(Integer adoptNumber) {
        this.adoptNumber = adoptNumber;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    public int getReferenceLength() {
        return QuestionnaireVersion.REFERENCE_LENGTH;
    }
}
