/** Owns the database schema: Flyway migrations run at start, before any other bean uses the database. */
package org.kimberleyprocess.portal.platform.migration;
