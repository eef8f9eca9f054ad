/** Statistics over HTTP: returns and their import, data quality, and the published summaries as downloads. */
package org.kimberleyprocess.portal.statistics.api;
