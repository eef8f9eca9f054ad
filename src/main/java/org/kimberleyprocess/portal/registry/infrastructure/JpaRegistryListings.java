package org.kimberleyprocess.portal.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.CountryName;
import org.kimberleyprocess.portal.platform.i18n.CountryNames;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.registry.application.ObserverView;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryListings;
import org.kimberleyprocess.portal.registry.application.StateName;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** The registry's lists read in the database, where the country names are kept for sorting and filtering. */
@ApplicationScoped
public class JpaRegistryListings implements RegistryListings {

    @PersistenceContext
    private EntityManager em;

    @Override
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

    @Override
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

    /**
     * The states whose representatives may sign up: every ISO country that is not a Participant (in good
     * standing or suspended), by name in the reader's language.
     */
    @Override
    public List<StateName> statesThatMayApply(Language language) {
        return em.createQuery("select new org.kimberleyprocess.portal.registry.application.StateName("
                        + "n.key.isoCode, n.name) from CountryName n where n.key.language = :lang"
                        + " and n.key.isoCode <> 'EU' and n.key.isoCode not in (select p.isoCode from Participant p"
                        + " where p.status in :members) order by n.sortKey", StateName.class)
                .setParameter("lang", language.code())
                .setParameter("members", List.of(ParticipationStatus.PARTICIPANT, ParticipationStatus.SUSPENDED))
                .getResultList();
    }

    @Override
    public List<ObserverView> observers() {
        return em.createQuery("select new org.kimberleyprocess.portal.registry.application.ObserverView("
                + "o.name, o.kind, o.since) from Observer o order by o.name", ObserverView.class).getResultList();
    }

    @Override
    public String name(String isoCode, Language language) {
        CountryName stored = em.find(CountryName.class, new CountryName.Key(isoCode, language));
        return stored == null ? CountryNames.name(isoCode, language) : stored.getName();
    }
}
