/** Peer review: the expert roster, review visits and missions, their recommendations; the rules live here. */
package org.kimberleyprocess.portal.review.domain;
