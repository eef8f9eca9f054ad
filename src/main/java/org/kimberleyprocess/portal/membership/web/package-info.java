/** Backing beans of the membership pages: the applicant's wizard and overview, the Committee's file. */
package org.kimberleyprocess.portal.membership.web;
