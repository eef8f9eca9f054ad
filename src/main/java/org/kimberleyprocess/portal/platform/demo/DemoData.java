package org.kimberleyprocess.portal.platform.demo;

import java.time.Instant;

/**
 * A capability's demonstration data, loaded by {@link PortalBootstrap} into an empty database in demo mode. Each
 * capability provides its own (a CDI bean in its infrastructure); the platform knows none of them by name.
 */
public interface DemoData {

    /** Where it comes among the capabilities' data, lowest first (a committee needs the states it seats). */
    int order();

    /**
     * Loads the data in the bootstrap's transaction. {@code passwordHash} is the hash of the demonstration
     * password for the accounts it creates; returns a short description for the log and the audit.
     */
    String load(Instant now, String passwordHash);
}
