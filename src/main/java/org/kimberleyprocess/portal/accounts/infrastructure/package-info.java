/**
 * Accounts in the database, the mails about accounts, the identity store, and the first start (demonstration or first
 * Secretariat account).
 */
package org.kimberleyprocess.portal.accounts.infrastructure;
