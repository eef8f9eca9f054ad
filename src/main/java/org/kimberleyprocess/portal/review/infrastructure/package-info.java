/** Peer review in the database, and its demonstration data. */
package org.kimberleyprocess.portal.review.infrastructure;
