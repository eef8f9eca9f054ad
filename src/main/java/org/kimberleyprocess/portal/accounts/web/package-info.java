/**
 * Pages and filters of accounts: login, password, tokens, the accounts lists; the authentication mechanism and the
 * filters that keep a session's access fresh.
 */
package org.kimberleyprocess.portal.accounts.web;
