/** Use cases of membership: the applicant's file, the Committee's assessment, the Chair's decision. */
package org.kimberleyprocess.portal.membership.application;
