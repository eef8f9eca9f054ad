/** The plenary capability's persistence: its repositories in the database. */
package org.kimberleyprocess.portal.plenary.infrastructure;
