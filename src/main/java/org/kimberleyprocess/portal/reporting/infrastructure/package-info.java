/** The annual report in the database, its reminder mails, and its demonstration data. */
package org.kimberleyprocess.portal.reporting.infrastructure;
