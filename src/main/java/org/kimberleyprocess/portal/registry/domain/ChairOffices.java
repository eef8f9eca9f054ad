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

    /**
     * The Plenary selects a Vice-Chair for a year; by the rule of 2003 the same Participant is Chair the year
     * after. Only a Participant in good standing can be selected, and an office already filled for a year is
     * not filled twice. Returns the two new terms.
     */
    public List<ChairTerm> selectViceChair(int year, Participant participant, String decision) {
        if (!participant.inGoodStanding()) {
            throw new org.kimberleyprocess.portal.platform.errors.BusinessException(
                    "registry.chairs.error.notInGoodStanding");
        }
        boolean taken = terms.stream().anyMatch(t -> (t.getYear() == year && t.getOffice() == ChairOffice.VICE_CHAIR)
                || (t.getYear() == year + 1 && t.getOffice() == ChairOffice.CHAIR));
        if (taken) {
            throw new org.kimberleyprocess.portal.platform.errors.BusinessException("registry.chairs.error.taken",
                    year);
        }
        return List.of(new ChairTerm(year, ChairOffice.VICE_CHAIR, participant, decision),
                new ChairTerm(year + 1, ChairOffice.CHAIR, participant, decision));
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
