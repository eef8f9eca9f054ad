/** The Scheme's bodies (committees, working groups, seats), meetings, decisions with their effects, and the library. */
package org.kimberleyprocess.portal.plenary.domain;
