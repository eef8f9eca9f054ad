package org.kimberleyprocess.portal.plenary.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Objects;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.platform.scheme.ReportingYear;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * What an adopted decision does besides being recorded: at most one effect, one kind of record each. Each record
 * checks itself ({@code plenary.decision.error.effectIncomplete} when it does not hold); a decision stores its effect
 * in one column, written and read here ({@link #toJson()}, {@link #fromJson(String)}).
 */
public sealed interface DecisionEffect {

    /** The stored form: a small JSON object with the kind and the effect's values. */
    String toJson();

    /** Changes a Participant's status (suspension, removal, reinstatement; never back to applicant). */
    record StatusChange(String isoCode, ParticipationStatus next) implements DecisionEffect {

        public StatusChange {
            if (!IsoCode.isWellFormed(isoCode) || next == null || next == ParticipationStatus.APPLICANT) {
                throw incomplete();
            }
        }

        @Override
        public String toJson() {
            return Json.createObjectBuilder().add("kind", "STATUS").add("iso", isoCode).add("status", next.name())
                    .build().toString();
        }
    }

    /** Selects a Participant as the Vice-Chair of a year (who becomes the Chair of the next). */
    record ViceChair(String isoCode, int year) implements DecisionEffect {

        public ViceChair {
            if (!IsoCode.isWellFormed(isoCode) || !ReportingYear.between(year, 2100)) {
                throw incomplete();
            }
        }

        @Override
        public String toJson() {
            return Json.createObjectBuilder().add("kind", "VICE_CHAIR").add("iso", isoCode).add("year", year).build()
                    .toString();
        }
    }

    /** Adopts a questionnaire version for the reports from a first year. */
    record QuestionnaireAdoption(int version, int firstYear) implements DecisionEffect {

        public QuestionnaireAdoption {
            if (version < 1 || !ReportingYear.between(firstYear, 2100)) {
                throw incomplete();
            }
        }

        @Override
        public String toJson() {
            return Json.createObjectBuilder().add("kind", "QUESTIONNAIRE").add("version", version)
                    .add("firstYear", firstYear).build().toString();
        }
    }

    /** An effect from its stored form ({@code null} for none). */
    static DecisionEffect fromJson(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            String kind = Objects.requireNonNull(o.getString("kind", null), "kind");
            return switch (kind) {
                case "STATUS" -> new StatusChange(o.getString("iso"), ParticipationStatus.valueOf(o.getString("status")));
                case "VICE_CHAIR" -> new ViceChair(o.getString("iso"), o.getInt("year"));
                case "QUESTIONNAIRE" -> new QuestionnaireAdoption(o.getInt("version"), o.getInt("firstYear"));
                default -> throw new IllegalStateException("Unknown decision effect: " + kind);
            };
        }
    }

    private static BusinessException incomplete() {
        return new BusinessException("plenary.decision.error.effectIncomplete");
    }
}
