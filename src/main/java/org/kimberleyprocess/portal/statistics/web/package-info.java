/** Backing beans of the statistics pages: returns, their import, data quality, the public figures. */
package org.kimberleyprocess.portal.statistics.web;
