package org.kimberleyprocess.portal.registry.domain;

import java.util.List;

/** The recorded Chair and Vice-Chair terms. */
public interface ChairTerms {

    /** All terms, the latest year first. */
    List<ChairTerm> all();

    boolean taken(int year, ChairOffice office);

    void add(ChairTerm term);
}
