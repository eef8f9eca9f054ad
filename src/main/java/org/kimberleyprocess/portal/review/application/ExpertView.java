package org.kimberleyprocess.portal.review.application;

import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.review.domain.NominatorKind;

/** An expert of the roster: who nominated the expert (a Participant's ISO code or an Observer's name), fields, languages. */
public record ExpertView(long id, String name, String nominatedByIso, String nominatedByObserver,
                         NominatorKind nominatorKind, String expertise, List<Language> languages, boolean active) {
}
