package org.kimberleyprocess.portal.plenary.application;

import org.kimberleyprocess.portal.platform.i18n.Language;

/** A decision's title and text in one language; both empty where that translation is missing. */
public record TextView(Language language, String title, String body) {

    public boolean missing() {
        return title.isEmpty();
    }
}
