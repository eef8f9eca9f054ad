/** Membership in the database, the mails of each step, and the demonstration procedures. */
package org.kimberleyprocess.portal.membership.infrastructure;
