/**
 * Backing beans of the membership pages: sign-up, the applicant's wizard and overview, the Committee's queue and
 * file.
 */
package org.kimberleyprocess.portal.membership.web;
