/** The Scheme's own values that every capability uses: a state's ISO code, a reporting year. */
package org.kimberleyprocess.portal.platform.scheme;
