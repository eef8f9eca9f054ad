/**
 * Use cases of accounts: signing in, one's own account and password, the Secretariat's and a state's accounts, API
 * tokens, the abuse limits, and the caller model every capability asks.
 */
package org.kimberleyprocess.portal.accounts.application;
