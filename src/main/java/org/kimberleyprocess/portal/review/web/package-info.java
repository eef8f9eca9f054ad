/** Backing beans of the peer review pages: visits, a visit, missions, the expert roster. */
package org.kimberleyprocess.portal.review.web;
