package org.kimberleyprocess.portal.plenary.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kimberleyprocess.portal.plenary.domain.Library;
import org.kimberleyprocess.portal.plenary.domain.LibraryDocument;
import org.kimberleyprocess.portal.plenary.domain.LibraryKind;
import org.kimberleyprocess.portal.plenary.domain.Meeting;

/** {@link Library} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaLibrary implements Library {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<LibraryDocument> search(String text, LibraryKind kind, Integer year, boolean withKpOnly) {
        List<String> where = new java.util.ArrayList<>();
        boolean byText = text != null && !text.isBlank();
        if (byText) {
            where.add("lower(d.title) like :text");
        }
        if (kind != null) {
            where.add("d.kind = :kind");
        }
        if (year != null) {
            where.add("d.year = :year");
        }
        if (!withKpOnly) {
            where.add("d.kpOnly = :kpOnly");
        }
        TypedQuery<LibraryDocument> q = em.createQuery("select d from LibraryDocument d"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by d.year desc, d.title", LibraryDocument.class);
        if (!withKpOnly) {
            q.setParameter("kpOnly", false);
        }
        if (byText) {
            String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            q.setParameter("text", "%" + escaped + "%");
        }
        if (kind != null) {
            q.setParameter("kind", kind);
        }
        if (year != null) {
            q.setParameter("year", year);
        }
        return q.setMaxResults(500).getResultList();
    }

    @Override
    public List<LibraryDocument> ofMeeting(Meeting meeting, boolean withKpOnly) {
        if (withKpOnly) {
            return em.createQuery("select d from LibraryDocument d where d.meeting = :m order by d.title",
                    LibraryDocument.class).setParameter("m", meeting).getResultList();
        }
        return em.createQuery("select d from LibraryDocument d where d.meeting = :m and d.kpOnly = :kpOnly"
                + " order by d.title", LibraryDocument.class).setParameter("m", meeting).setParameter("kpOnly", false)
                .getResultList();
    }

    @Override
    public Optional<LibraryDocument> byId(long id) {
        return Optional.ofNullable(em.find(LibraryDocument.class, id));
    }

    @Override
    public void add(LibraryDocument document) {
        em.persist(document);
    }
}
