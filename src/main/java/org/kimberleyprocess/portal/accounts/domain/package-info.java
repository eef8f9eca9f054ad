/**
 * Accounts: who may sign in, with which roles and for which body; tokens, password resets, the events counted against
 * abuse, and their rules.
 */
package org.kimberleyprocess.portal.accounts.domain;
