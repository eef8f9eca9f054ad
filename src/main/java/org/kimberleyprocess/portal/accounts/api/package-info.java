/** The accounts over HTTP: one's own account and personal API tokens. */
package org.kimberleyprocess.portal.accounts.api;
