/** Statistics in files: the import format (CSV), read with Apache Commons CSV. */
package org.kimberleyprocess.portal.statistics.infrastructure;
