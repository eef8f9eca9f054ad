/** Membership applications: an applicant state's file, its steps, and the procedure's rules and states. */
package org.kimberleyprocess.portal.membership.domain;
