package org.kimberleyprocess.portal.reporting.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The standard uniform questionnaire that ships with the portal, in the questionnaire's JSON form. */
public final class StandardQuestionnaire {

    public static final String RESOURCE = "/org/kimberleyprocess/portal/reporting/standard-questionnaire.json";

    private StandardQuestionnaire() {
    }

    public static String json() {
        try (InputStream in = Objects.requireNonNull(StandardQuestionnaire.class.getResourceAsStream(RESOURCE),
                RESOURCE + " is missing")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
