package org.kimberleyprocess.portal.statistics.domain;

import java.time.Instant;
import java.util.List;

/** The years whose figures the Secretariat has made public. */
public interface Publications {

    boolean isPublished(int year);

    /** Publishes a year (once: publishing it again changes nothing). */
    void publish(int year, String by, Instant at);

    /** The published years, earliest first. */
    List<Integer> years();
}
