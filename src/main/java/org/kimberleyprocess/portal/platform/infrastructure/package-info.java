/**
 * The platform's storage: audit log, outbox, kept files, country names and the lock across servers, in the database
 * and the data directory.
 */
package org.kimberleyprocess.portal.platform.infrastructure;
