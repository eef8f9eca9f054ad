/** Use cases of statistics: returns and imports (the file format too), data quality, publication of the figures. */
package org.kimberleyprocess.portal.statistics.application;
