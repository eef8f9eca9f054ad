package org.kimberleyprocess.portal.registry.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who holds the Chair and the Vice-Chair on a given day, worked out from the recorded terms alone: a term
 * runs for its calendar year, so the answer changes on 1 January by itself. Where no term is recorded for
 * the year, the latest recorded one is offered instead, marked as not current.
 */
public final class ChairOffices {

    /** A holder for an office, and whether that term is the one for the day asked about. */
    public record Holding(ChairTerm term, boolean current) {
    }

    private final List<ChairTerm> terms;

    public ChairOffices(Collection<ChairTerm> terms) {
        this.terms = List.copyOf(terms);
    }

    public Optional<Holding> holding(ChairOffice office, LocalDate day) {
        int year = day.getYear();
        Optional<ChairTerm> exact = terms.stream()
                .filter(t -> t.getOffice() == office && t.getYear() == year)
                .findFirst();
        if (exact.isPresent()) {
            return exact.map(t -> new Holding(t, true));
        }
        return terms.stream()
                .filter(t -> t.getOffice() == office && t.getYear() < year)
                .max(Comparator.comparingInt(ChairTerm::getYear))
                .map(t -> new Holding(t, false));
    }
}
