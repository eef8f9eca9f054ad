/** What the other capabilities need to know of the Plenary's decisions: whether one is adopted. */
package org.kimberleyprocess.portal.platform.decisions;
