/** Membership infrastructure: telling the applicant's focal point of each step by mail. */
package org.kimberleyprocess.portal.membership.infrastructure;
