/** Membership over HTTP: an application's summary and its documents, for those who may read them. */
package org.kimberleyprocess.portal.membership.api;
