/** Use cases of membership: signing up, the applicant's file, the Committee's assessment and the Chair's decision. */
package org.kimberleyprocess.portal.membership.application;
