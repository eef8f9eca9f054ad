/** Peer review over HTTP: visits, missions and the expert roster as the caller may read them. */
package org.kimberleyprocess.portal.review.api;
