package org.kimberleyprocess.portal.registry.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CountryName;
import org.kimberleyprocess.portal.platform.i18n.CountryNames;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.registry.domain.ChairOffice;
import org.kimberleyprocess.portal.registry.domain.ChairOffices;
import org.kimberleyprocess.portal.registry.domain.ChairTerm;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** The public registry: Participants, applicants, Observers and the Chair, for anyone to read. */
@Stateless
@PermitAll
public class RegistryService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** One page of a list, sorted and filtered in the database by the name in the reader's language. */
    public List<ParticipantRow> participants(ParticipantQuery q) {
        String order = q.sort().path + (q.ascending() ? " asc" : " desc")
                + (q.sort() == ParticipantSort.NAME ? "" : ", n.sortKey asc");
        TypedQuery<ParticipantRow> query = em.createQuery(
                "select new org.kimberleyprocess.portal.registry.application.ParticipantRow("
                        + "p.isoCode, n.name, p.kind, p.status, p.statusSince) "
                        + from(q) + " order by " + order, ParticipantRow.class);
        bind(query, q);
        return query.setFirstResult(q.first()).setMaxResults(q.pageSize()).getResultList();
    }

    public long countParticipants(ParticipantQuery q) {
        TypedQuery<Long> query = em.createQuery("select count(p) " + from(q), Long.class);
        bind(query, q);
        return query.getSingleResult();
    }

    private static String from(ParticipantQuery q) {
        return "from Participant p, CountryName n where n.key.isoCode = p.isoCode and n.key.language = :lang"
                + " and p.status in :statuses"
                + (q.nameFilter() == null ? "" : " and (n.sortKey like :filter or lower(p.isoCode) = :iso)");
    }

    private static void bind(TypedQuery<?> query, ParticipantQuery q) {
        query.setParameter("lang", q.language().code());
        query.setParameter("statuses", List.copyOf(q.statuses()));
        if (q.nameFilter() != null) {
            String key = CountryNames.sortKey(q.nameFilter()).replace("\\", "").replace("%", "").replace("_", "");
            query.setParameter("filter", "%" + key + "%");
            query.setParameter("iso", key);
        }
    }

    public SchemeCounts counts() {
        return new SchemeCounts(countWithStatus(ParticipationStatus.PARTICIPANT),
                countWithStatus(ParticipationStatus.APPLICANT),
                em.createQuery("select count(o) from Observer o", Long.class).getSingleResult());
    }

    private long countWithStatus(ParticipationStatus status) {
        return em.createQuery("select count(p) from Participant p where p.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }

    /** Who holds the office today (or, where no term is recorded for this year, who held it last). */
    public Optional<ChairView> officeHolder(ChairOffice office, Language language) {
        return officeHolder(office, language, LocalDate.now(clock));
    }

    public Optional<ChairView> officeHolder(ChairOffice office, Language language, LocalDate day) {
        List<ChairTerm> terms = em.createQuery("select t from ChairTerm t", ChairTerm.class).getResultList();
        return new ChairOffices(terms).holding(office, day).map(h -> new ChairView(office, h.term().getYear(),
                h.term().getHolder().getIsoCode(), name(h.term().getHolder().getIsoCode(), language), h.current()));
    }

    /** Every recorded term, the latest year first: the public list of Chairs and Vice-Chairs. */
    public List<ChairView> chairTerms(Language language) {
        int thisYear = today().getYear();
        return em.createQuery("select t from ChairTerm t order by t.year desc, t.office asc", ChairTerm.class)
                .getResultList().stream()
                .map(t -> new ChairView(t.getOffice(), t.getYear(), t.getHolder().getIsoCode(),
                        name(t.getHolder().getIsoCode(), language), t.getYear() == thisYear))
                .toList();
    }

    /**
     * The states whose representatives may sign up: every ISO country that is not a Participant (in good
     * standing or suspended), by name in the reader's language.
     */
    public List<StateName> statesThatMayApply(Language language) {
        return em.createQuery("select new org.kimberleyprocess.portal.registry.application.StateName("
                        + "n.key.isoCode, n.name) from CountryName n where n.key.language = :lang"
                        + " and n.key.isoCode <> 'EU' and n.key.isoCode not in (select p.isoCode from Participant p"
                        + " where p.status in :members) order by n.sortKey", StateName.class)
                .setParameter("lang", language.code())
                .setParameter("members", List.of(ParticipationStatus.PARTICIPANT, ParticipationStatus.SUSPENDED))
                .getResultList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<ObserverView> observers() {
        return em.createQuery("select new org.kimberleyprocess.portal.registry.application.ObserverView("
                + "o.name, o.kind, o.since) from Observer o order by o.name", ObserverView.class).getResultList();
    }

    public ParticipantDetail participant(String isoCode, Language language) {
        Participant p = em.createQuery("select p from Participant p where p.isoCode = :iso", Participant.class)
                .setParameter("iso", isoCode).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Participant", isoCode));
        return new ParticipantDetail(p.getIsoCode(), name(p.getIsoCode(), language), p.getKind(), p.getStatus(),
                p.getStatusSince(),
                p.getHistory().stream().map(h -> new ParticipantDetail.HistoryEntry(h.getStatus(),
                        h.getEffectiveDate(), h.getDecisionReference(), h.getReason())).toList(),
                p.getMemberStates().stream().map(iso -> name(iso, language)).sorted(
                        (a, b) -> CountryNames.sortKey(a).compareTo(CountryNames.sortKey(b))).toList());
    }

    /** A country's name in a language, as stored for lists. */
    public String name(String isoCode, Language language) {
        CountryName stored = em.find(CountryName.class, new CountryName.Key(isoCode, language));
        return stored == null ? CountryNames.name(isoCode, language) : stored.getName();
    }
}
