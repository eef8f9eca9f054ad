package org.kimberleyprocess.portal.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.registry.application.ObserverView;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;
import org.kimberleyprocess.portal.review.application.ExpertRoster;
import org.kimberleyprocess.portal.review.application.ExpertView;
import org.kimberleyprocess.portal.review.application.NewExpert;
import org.kimberleyprocess.portal.review.domain.Expert;

/**
 * The expert roster (review/experts.xhtml): the experts with who nominated them, their fields and languages; a focal
 * point or an Observer's account nominates for its own body, the Secretariat and the Working Group for any, and make
 * experts active or not.
 */
@Named
@RequestScoped
public class ExpertsBacking {

    @Inject
    private ExpertRoster roster;

    @Inject
    private RegistryService registry;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    @Inject
    private ReviewCan can;

    private List<ExpertView> all;
    private String name;
    private String nominatedBy;
    private String expertise;
    private List<String> languages = new ArrayList<>();
    private Long expert;

    @PostConstruct
    void load() {
        all = roster.experts();
    }

    public String nominate() {
        EnumSet<Language> chosen = EnumSet.noneOf(Language.class);
        languages.forEach(code -> Language.fromCode(code).ifPresent(chosen::add));
        return messages.perform(() -> roster.nominate(new NewExpert(name, nominatedBy, expertise, chosen)),
                "review.expert.nominated", "/review/experts?faces-redirect=true");
    }

    public String activate() {
        return messages.perform(() -> roster.setActive(expert == null ? 0 : expert, true), "review.expert.changed",
                "/review/experts?faces-redirect=true");
    }

    public String deactivate() {
        return messages.perform(() -> roster.setActive(expert == null ? 0 : expert, false), "review.expert.changed",
                "/review/experts?faces-redirect=true");
    }

    /** Participants that may nominate (for the Secretariat and the Working Group, who nominate for any). */
    public List<ParticipantRow> getStates() {
        return can.manageRoster() ? registry.participants(new ParticipantQuery(language.get(),
                EnumSet.of(ParticipationStatus.PARTICIPANT), null, ParticipantSort.NAME, true, 0,
                ParticipantQuery.MAX_PAGE)) : List.of();
    }

    public List<ObserverView> getObservers() {
        return can.manageRoster() ? registry.observers() : List.of();
    }

    public Language[] getAllLanguages() {
        return Language.values();
    }

    public List<ExpertView> getAll() {
        return all;
    }

    public int getNameLength() {
        return Expert.NAME_LENGTH;
    }

    public int getExpertiseLength() {
        return Expert.EXPERTISE_LENGTH;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public void setNominatedBy(String nominatedBy) {
        this.nominatedBy = nominatedBy;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public Long getExpert() {
        return expert;
    }

    public void setExpert(Long expert) {
        this.expert = expert;
    }
}
