/** Registry infrastructure: reading the reference data of 2003 shipped with the portal. */
package org.kimberleyprocess.portal.registry.infrastructure;
