/** Time: the injectable clock, so rules that depend on the date can be tested. */
package org.kimberleyprocess.portal.platform.time;
