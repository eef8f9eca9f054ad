/** Statistics in the database (lines and figures read with JDBC for speed), and the demonstration figures. */
package org.kimberleyprocess.portal.statistics.infrastructure;
