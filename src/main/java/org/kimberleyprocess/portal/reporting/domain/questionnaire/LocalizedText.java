package org.kimberleyprocess.portal.reporting.domain.questionnaire;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.kimberleyprocess.portal.platform.i18n.Language;

/** A text of the questionnaire in the Scheme's five languages; blank translations count as missing. */
public record LocalizedText(Map<Language, String> texts) {

    public LocalizedText {
        EnumMap<Language, String> kept = new EnumMap<>(Language.class);
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    kept.put(language, text.strip());
                }
            });
        }
        texts = java.util.Collections.unmodifiableMap(kept);
    }

    /** The text in a language; where a draft still lacks that translation, the English one (for previews). */
    public String in(Language language) {
        return texts.getOrDefault(language, texts.getOrDefault(Language.EN, ""));
    }

    /** The languages this text still lacks. */
    public Set<Language> missing() {
        EnumSet<Language> missing = EnumSet.allOf(Language.class);
        missing.removeAll(texts.keySet());
        return missing;
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }
}
