package org.kimberleyprocess.portal.registry.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.i18n.CountryNames;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.registry.domain.ChairOffice;
import org.kimberleyprocess.portal.registry.domain.ChairOffices;
import org.kimberleyprocess.portal.registry.domain.ChairTerms;
import org.kimberleyprocess.portal.registry.domain.Observers;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** The public registry: Participants, applicants, Observers and the Chair, for anyone to read. */
@Stateless
@PermitAll
public class RegistryService {

    @Inject
    private RegistryListings listings;

    @Inject
    private Participants participantRepository;

    @Inject
    private Observers observerRepository;

    @Inject
    private ChairTerms terms;

    @Inject
    private Clock clock;

    /** One page of a list, sorted and filtered in the database by the name in the reader's language. */
    public List<ParticipantRow> participants(ParticipantQuery q) {
        return listings.participants(q);
    }

    public long countParticipants(ParticipantQuery q) {
        return listings.countParticipants(q);
    }

    /**
     * The states whose representatives may sign up: every ISO country that is not a Participant (in good
     * standing or suspended), by name in the reader's language.
     */
    public List<StateName> statesThatMayApply(Language language) {
        return listings.statesThatMayApply(language);
    }

    public List<ObserverView> observers() {
        return listings.observers();
    }

    /** A country's name in a language, as stored for lists. */
    public String name(String isoCode, Language language) {
        return listings.name(isoCode, language);
    }

    public SchemeCounts counts() {
        return new SchemeCounts(countWithStatus(ParticipationStatus.PARTICIPANT),
                countWithStatus(ParticipationStatus.APPLICANT),
                observerRepository.count());
    }

    private long countWithStatus(ParticipationStatus status) {
        return participantRepository.countWithStatus(status);
    }

    /** Who holds the office today (or, where no term is recorded for this year, who held it last). */
    public Optional<ChairView> officeHolder(ChairOffice office, Language language) {
        return officeHolder(office, language, LocalDate.now(clock));
    }

    public Optional<ChairView> officeHolder(ChairOffice office, Language language, LocalDate day) {
        return new ChairOffices(terms.all()).holding(office, day).map(h -> new ChairView(office, h.term().getYear(),
                h.term().getHolder().getIsoCode(), name(h.term().getHolder().getIsoCode(), language), h.current()));
    }

    /** Every recorded term, the latest year first: the public list of Chairs and Vice-Chairs. */
    public List<ChairView> chairTerms(Language language) {
        int thisYear = today().getYear();
        return terms.all().stream()
                .map(t -> new ChairView(t.getOffice(), t.getYear(), t.getHolder().getIsoCode(),
                        name(t.getHolder().getIsoCode(), language), t.getYear() == thisYear))
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ParticipantDetail participant(String isoCode, Language language) {
        Participant p = participantRepository.require(isoCode);
        return new ParticipantDetail(p.getIsoCode(), name(p.getIsoCode(), language), p.getKind(), p.getStatus(),
                p.getStatusSince(),
                p.getHistory().stream().map(h -> new ParticipantDetail.HistoryEntry(h.getStatus(),
                        h.getEffectiveDate(), h.getDecisionReference(), h.getPortalReason()
                        .map(r -> Messages.text(language, r.key(), r.arguments().toArray())).orElse(h.getReason())))
                        .toList(),
                p.getMemberStates().stream().map(iso -> name(iso, language)).sorted(
                        (a, b) -> CountryNames.sortKey(a).compareTo(CountryNames.sortKey(b))).toList());
    }
}
