/** Use cases of peer review: the expert roster, review visits and missions, their recommendations. */
package org.kimberleyprocess.portal.review.application;
