package org.kimberleyprocess.portal.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.statistics.application.ImportSummary;
import org.kimberleyprocess.portal.statistics.application.ReturnRow;
import org.kimberleyprocess.portal.statistics.application.StatisticsFile;
import org.kimberleyprocess.portal.statistics.application.StatisticsImportRejected;
import org.kimberleyprocess.portal.statistics.application.StatisticsImports;
import org.kimberleyprocess.portal.statistics.application.StatisticsService;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;
import org.kimberleyprocess.portal.statistics.domain.StatisticsRevision;

/**
 * A Participant's returns on a year (statistics/index.xhtml) and the import of a file: its own for a focal point,
 * any Participant's for the Secretariat and the Working Group on Statistics. A refused file lists every problem
 * with its line and column; nothing of it is stored.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    @Inject
    private Caller caller;
    private static final long serialVersionUID = 1L;

    /** One problem of a refused import, as the page lists it. */
    public record ProblemRow(long line, String column, String message) implements Serializable {
        /** The problems of a refused import or grid, each translated. */
        static List<ProblemRow> of(StatisticsImportRejected rejected, PageMessages messages) {
            return rejected.getProblems().stream().map(p -> new ProblemRow(p.line(), p.column(),
                    messages.text(p.key(), p.arguments().toArray()))).toList();
        }
    }

    @Inject
    private transient StatisticsService statistics;

    @Inject
    private transient StatisticsImports imports;

    @Inject
    private transient RegistryService registry;

    @Inject
    private transient CurrentLanguage language;

    @Inject
    private transient PageMessages messages;

    @Inject
    private transient Clock clock;

    private String participant;
    private Integer year;
    private List<ReturnRow> rows;
    private List<ProblemRow> problems = List.of();
    private transient Part file;
    private String reason;
    private boolean submit;

    /** Reads the chosen Participant's year: the caller's own by default, the latest year reported on by default. */
    public void load() throws IOException {
        if (participant == null || participant.isBlank()) {
            participant = caller.participant().orElse(null);
        }
        if (year == null) {
            year = LocalDate.now(clock).getYear() - 1;
        }
        if (participant == null) {
            rows = List.of();
            return;
        }
        rows = statistics.year(participant, year);
        participant = IsoCode.normalised(participant);
    }

    public String importFile() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            messages.error("import:file", "statistics.import.error.noFile");
            return null;
        }
        if (file.getSize() > StatisticsFile.MAX_BYTES) {
            messages.error("import:file", "statistics.import.error.size", StatisticsFile.MAX_BYTES / (1024 * 1024));
            return null;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            messages.error("import:file", "statistics.import.error.malformed");
            return null;
        }
        try {
            ImportSummary done = imports.importFile(content, reason, submit);
            messages.info("statistics.import.done", done.lines(), done.returns(), done.submitted(), done.revised(),
                    done.outsideScheme());
            reason = null;
            reload();
        } catch (StatisticsImportRejected rejected) {
            messages.error(null, "statistics.import.rejected", rejected.getProblems().size());
            if (rejected.getUncheckedLines() > 0) {
                messages.error(null, "statistics.import.unchecked", rejected.getUncheckedLines());
            }
            problems = ProblemRow.of(rejected, messages);
        } catch (BusinessException e) {
            messages.error(e);
        }
        return null;
    }

    private void reload() {
        if (participant != null) {
            rows = statistics.year(participant, year);
        }
    }

    /** The Participants whose returns the caller may choose (the Secretariat and the Working Group: any). */
    public List<ParticipantRow> getParticipants() {
        if (!statistics.callerSeesAll()) {
            return List.of();
        }
        return registry.participants(new ParticipantQuery(language.get(), EnumSet.of(ParticipationStatus.PARTICIPANT,
                ParticipationStatus.SUSPENDED, ParticipationStatus.REMOVED), null, ParticipantSort.NAME, true, 0,
                ParticipantQuery.MAX_PAGE));
    }

    /** The years one may choose: from the Scheme's first to this one, latest first. */
    public List<Integer> getYears() {
        int last = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(StatisticsPeriod.FIRST_YEAR, last).map(y -> last - y + StatisticsPeriod.FIRST_YEAR)
                .boxed().toList();
    }

    public int getReasonLength() {
        return StatisticsRevision.REASON_LENGTH;
    }

    /** The header row an import file must have. */
    public String getHeader() {
        return String.join(",", StatisticsFile.COLUMNS);
    }

    public List<ReturnRow> getRows() {
        return rows;
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }

    public String getParticipant() {
        return participant;
    }

    public void setParticipant(String participant) {
        this.participant = participant;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isSubmit() {
        return submit;
    }

    public void setSubmit(boolean submit) {
        this.submit = submit;
    }
}
