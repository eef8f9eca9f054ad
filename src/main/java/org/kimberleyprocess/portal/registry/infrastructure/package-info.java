/** The registry in the database, the lists read there, and the reference data of 2003. */
package org.kimberleyprocess.portal.registry.infrastructure;
