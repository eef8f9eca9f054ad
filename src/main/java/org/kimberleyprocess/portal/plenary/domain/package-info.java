/** The Scheme's bodies: committees and working groups, their chairs and members, and their composition rules. */
package org.kimberleyprocess.portal.plenary.domain;
