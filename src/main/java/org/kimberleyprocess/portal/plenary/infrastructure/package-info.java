/** The Plenary in the database, and its demonstration data. */
package org.kimberleyprocess.portal.plenary.infrastructure;
