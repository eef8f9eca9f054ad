package org.kimberleyprocess.portal.plenary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.kimberleyprocess.portal.platform.i18n.Language;

/** A decision's title and text in one official language. */
@Entity
@Table(name = "plenary_decision_text")
public class DecisionText {

    public static final int TITLE_LENGTH = 300;
    public static final int BODY_LENGTH = 20000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "decision_id")
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    protected DecisionText() {
        // for JPA
    }

    DecisionText(Decision decision, Language language, String title, String body) {
        this.decision = decision;
        this.language = language;
        change(title, body);
    }

    final void change(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public Language getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}
