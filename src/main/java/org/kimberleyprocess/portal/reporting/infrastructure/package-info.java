/** The annual report's persistence (a repository per aggregate) and its demonstration data. */
package org.kimberleyprocess.portal.reporting.infrastructure;
