package org.kimberleyprocess.portal.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.kimberleyprocess.portal.platform.demo.DemoData;
import org.kimberleyprocess.portal.reporting.domain.QuestionnaireJson;
import org.kimberleyprocess.portal.reporting.domain.QuestionnaireVersion;
import org.kimberleyprocess.portal.reporting.domain.QuestionnaireVersions;

/** The standard questionnaire, adopted for the reports from 2004 on. */
@ApplicationScoped
public class ReportingDemoData implements DemoData {

    static final String DECISION = "Plenary, Gatineau, 2004 (demonstration)";

    @Inject
    private QuestionnaireVersions versions;

    /** After the registry and the committees. */
    @Override
    public int order() {
        return 40;
    }

    @Override
    public String load(Instant now, String passwordHash) {
        QuestionnaireVersion v = new QuestionnaireVersion(versions.nextNumber(),
                QuestionnaireJson.read(StandardQuestionnaire.json()), now);
        v.adopt(DECISION, LocalDate.of(2004, 10, 29), 2004);
        versions.add(v);
        return "the standard questionnaire, adopted for the reports from 2004";
    }
}
