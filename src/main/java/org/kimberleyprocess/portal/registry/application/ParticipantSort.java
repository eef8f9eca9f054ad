package org.kimberleyprocess.portal.registry.application;

/** The columns a list of Participants can be sorted by (all sorted in the database). */
public enum ParticipantSort {
    NAME("n.sortKey"),
    ISO_CODE("p.isoCode"),
    KIND("p.kind"),
    STATUS("p.status"),
    SINCE("p.statusSince");

    /** The JPQL path the list is sorted by (read by the listings query). */
    public final String path;

    ParticipantSort(String path) {
        this.path = path;
    }
}
