package org.kimberleyprocess.portal.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.statistics.application.ImportSummary;
import org.kimberleyprocess.portal.statistics.application.ReturnDetail;
import org.kimberleyprocess.portal.statistics.application.StatisticsImportRejected;
import org.kimberleyprocess.portal.statistics.application.StatisticsImports;
import org.kimberleyprocess.portal.statistics.application.StatisticsService;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.HsCode;
import org.kimberleyprocess.portal.statistics.domain.ReturnStatus;
import org.kimberleyprocess.portal.statistics.domain.StatisticsRevision;

/**
 * One period's return (statistics/return.xhtml): its lines in a grid that whoever may change them edits (rows added
 * and removed, saved all or nothing with the rules of an import; a submitted period only with a reason), its
 * submission, and the history of its submissions.
 */
@Named
@ViewScoped
public class ReturnBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One row of the grid, as typed. */
    public static final class GridRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String hsCode = HsCode.NON_INDUSTRIAL.code();
        private String partner;
        private String carats;
        private String valueUsd;
        private String certificates;
        private boolean outsideScheme;

        public String getHsCode() {
            return hsCode;
        }

        public void setHsCode(String hsCode) {
            this.hsCode = hsCode;
        }

        public String getPartner() {
            return partner;
        }

        public void setPartner(String partner) {
            this.partner = partner;
        }

        public String getCarats() {
            return carats;
        }

        public void setCarats(String carats) {
            this.carats = carats;
        }

        public String getValueUsd() {
            return valueUsd;
        }

        public void setValueUsd(String valueUsd) {
            this.valueUsd = valueUsd;
        }

        public String getCertificates() {
            return certificates;
        }

        public void setCertificates(String certificates) {
            this.certificates = certificates;
        }

        public boolean isOutsideScheme() {
            return outsideScheme;
        }
    }

    @Inject
    private transient StatisticsService statistics;

    @Inject
    private transient StatisticsImports imports;

    @Inject
    private transient PageMessages messages;

    private String participant;
    private Integer year;
    private String flow;
    private String period;
    private ReturnDetail detail;
    private List<GridRow> grid = new ArrayList<>();
    private List<StatisticsBacking.ProblemRow> problems = List.of();
    private String reason;

    public void load() throws IOException {
        if (detail != null) {
            return;
        }
        if (participant == null || year == null || flow == null || period == null
                || Arrays.stream(Flow.values()).noneMatch(f -> f.name().equals(flow))) {
            throw new NotFoundException("StatisticsReturn", participant + "/" + year + "/" + period);
        }
        detail = statistics.period(participant, Flow.valueOf(flow), year, period);
        fillGrid();
    }

    private void fillGrid() {
        grid = new ArrayList<>();
        for (ReturnDetail.Line line : detail.lines()) {
            GridRow row = new GridRow();
            row.hsCode = line.hsCode();
            row.partner = line.partner();
            row.carats = line.carats().toPlainString();
            row.valueUsd = line.valueUsd().toPlainString();
            row.certificates = line.certificates() == null ? null : line.certificates().toString();
            row.outsideScheme = line.outsideScheme();
            grid.add(row);
        }
        if (grid.isEmpty() && detail.editable()) {
            grid.add(new GridRow());
        }
    }

    public void addRow() {
        grid.add(new GridRow());
    }

    public void removeRow(int index) {
        if (index >= 0 && index < grid.size()) {
            grid.remove(index);
        }
    }

    /** Stores the grid as the period's lines (a submitted period: as a revision with the reason given). */
    public String save() {
        problems = List.of();
        List<Map<String, String>> rows = new ArrayList<>();
        for (GridRow r : grid) {
            Map<String, String> row = new HashMap<>();
            row.put("participant", detail.participant());
            row.put("year", String.valueOf(detail.period().year()));
            row.put("period", detail.period().code());
            row.put("flow", detail.flow().name());
            row.put("hs_code", r.hsCode);
            row.put("partner", detail.flow().isTrade() ? nonNull(r.partner).toUpperCase(java.util.Locale.ROOT) : "");
            row.put("carats", nonNull(r.carats));
            row.put("value_usd", nonNull(r.valueUsd));
            row.put("certificates", detail.flow().isTrade() ? nonNull(r.certificates) : "");
            rows.add(row);
        }
        try {
            ImportSummary done = imports.saveRows(rows, reason, false);
            messages.info(done.revised() > 0 ? "statistics.return.revised" : "statistics.return.saved", done.lines());
            reason = null;
            refresh();
        } catch (StatisticsImportRejected rejected) {
            messages.error(null, "statistics.return.rejected", rejected.getProblems().size());
            problems = StatisticsBacking.ProblemRow.of(rejected, messages);
        } catch (BusinessException e) {
            messages.error(e);
        }
        return null;
    }

    /** Submits the draft with the lines stored (not what is typed and unsaved: save first). */
    public String submit() {
        try {
            statistics.submit(detail.participant(), detail.flow(), detail.period().year(), detail.period().code());
            messages.info("statistics.return.submitted");
            refresh();
        } catch (BusinessException e) {
            messages.error(e);
        }
        return null;
    }

    private void refresh() {
        detail = statistics.period(detail.participant(), detail.flow(), detail.period().year(),
                detail.period().code());
        fillGrid();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }

    /** Whether the period is submitted (a change then needs a reason). */
    public boolean isSubmitted() {
        return detail != null && detail.status() == ReturnStatus.SUBMITTED;
    }

    /** Whether the period can be submitted now: a draft, or nothing stored (a nil return), and the caller may. */
    public boolean isSubmittable() {
        return detail != null && detail.editable() && detail.status() != ReturnStatus.SUBMITTED;
    }

    /** Whether nothing is stored for the period (submitting it says there was nothing to report). */
    public boolean isNothingStored() {
        return detail != null && detail.status() == null;
    }

    public List<String> getHsCodes() {
        return Arrays.stream(HsCode.values()).map(HsCode::code).toList();
    }

    public int getReasonLength() {
        return StatisticsRevision.REASON_LENGTH;
    }

    public ReturnDetail getDetail() {
        return detail;
    }

    public List<GridRow> getGrid() {
        return grid;
    }

    public List<StatisticsBacking.ProblemRow> getProblems() {
        return problems;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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

    public String getFlow() {
        return flow;
    }

    public void setFlow(String flow) {
        this.flow = flow;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
