package org.kimberleyprocess.portal.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;

/**
 * An expert on the roster, nominated by a Participant (by its ISO code) or by an Observer (by its name), with the
 * fields of expertise and the official languages the expert works in; active or not (an inactive expert joins no
 * new team).
 */
@Entity
@Table(name = "review_expert")
public class Expert {

    public static final int NAME_LENGTH = 200;
    public static final int EXPERTISE_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "nominated_by_iso", length = 2)
    private String nominatedByIso;

    @Column(name = "nominated_by_observer", length = 200)
    private String nominatedByObserver;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominator_kind", nullable = false, length = 20)
    private NominatorKind nominatorKind;

    @Column(nullable = false, length = EXPERTISE_LENGTH)
    private String expertise;

    @Column(nullable = false, length = 20)
    private String languages;

    private boolean active = true;

    @Version
    private long version;

    protected Expert() {
        // for JPA
    }

    private Expert(String name, String iso, String observer, NominatorKind kind, String expertise,
                   Collection<Language> languages) {
        if (name == null || name.isBlank() || expertise == null || expertise.isBlank() || languages == null
                || languages.isEmpty()) {
            throw new BusinessException("review.expert.error.incomplete");
        }
        if (name.strip().length() > NAME_LENGTH || expertise.strip().length() > EXPERTISE_LENGTH) {
            throw new BusinessException("review.error.tooLong");
        }
        this.name = name.strip();
        this.nominatedByIso = iso;
        this.nominatedByObserver = observer;
        this.nominatorKind = kind;
        this.expertise = expertise.strip();
        this.languages = EnumSet.copyOf(languages).stream().map(Language::name).collect(Collectors.joining(","));
    }

    /** An expert a Participant nominates. */
    public static Expert nominatedByParticipant(String isoCode, String name, String expertise,
                                                Collection<Language> languages) {
        return new Expert(name, isoCode, null, NominatorKind.PARTICIPANT, expertise, languages);
    }

    /** An expert an Observer nominates; the Observer's kind makes the expert an industry or civil-society one. */
    public static Expert nominatedByObserver(String observerName, NominatorKind kind, String name, String expertise,
                                             Collection<Language> languages) {
        if (kind == NominatorKind.PARTICIPANT) {
            throw new IllegalArgumentException("an Observer is not a Participant");
        }
        return new Expert(name, null, observerName, kind, expertise, languages);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNominatedByIso() {
        return nominatedByIso;
    }

    public String getNominatedByObserver() {
        return nominatedByObserver;
    }

    public NominatorKind getNominatorKind() {
        return nominatorKind;
    }

    public String getExpertise() {
        return expertise;
    }

    public Set<Language> getLanguages() {
        EnumSet<Language> set = EnumSet.noneOf(Language.class);
        Arrays.stream(languages.split(",")).filter(s -> !s.isBlank()).map(Language::valueOf).forEach(set::add);
        return set;
    }

    public boolean isActive() {
        return active;
    }
}
