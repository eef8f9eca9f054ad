package org.kimberleyprocess.portal.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.platform.web.Pages;
import org.kimberleyprocess.portal.statistics.application.DiscrepancyView;
import org.kimberleyprocess.portal.statistics.application.StatisticsQuality;
import org.kimberleyprocess.portal.statistics.domain.Discrepancy;
import org.kimberleyprocess.portal.statistics.domain.DiscrepancyComment;

/** One mirror discrepancy (statistics/discrepancy.xhtml): its figures, comments, and closing it with why. */
@Named
@RequestScoped
public class DiscrepancyBacking {

    @Inject
    private StatisticsQuality quality;

    @Inject
    private PageMessages messages;

    private DiscrepancyView item;
    private String comment;
    private String explanation;

    public void load() throws IOException {
        boolean postback = jakarta.faces.context.FacesContext.getCurrentInstance().isPostback();
        if (item != null || (postback && Pages.intParameter("id").isEmpty())) {
            // a form of the template (logging out, say) posts without the item: it needs none
            return;
        }
        item = quality.discrepancy(Pages.intParameter("id").orElse(0));
    }

    public String comment() {
        return messages.perform(() -> item = quality.comment(item.id(), comment), "statistics.mirror.commented",
                "/statistics/discrepancy?faces-redirect=true&id=" + item.id());
    }

    public String close() {
        return messages.perform(() -> item = quality.close(item.id(), explanation), "statistics.mirror.closed",
                "/statistics/discrepancy?faces-redirect=true&id=" + item.id());
    }

    /** Whether the item is open (it can be closed). */
    public boolean isOpen() {
        return item != null && item.status() == org.kimberleyprocess.portal.statistics.domain.DiscrepancyStatus.OPEN;
    }

    public int getTextLength() {
        return DiscrepancyComment.TEXT_LENGTH;
    }

    public int getExplanationLength() {
        return Discrepancy.EXPLANATION_LENGTH;
    }

    public DiscrepancyView getItem() {
        return item;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
