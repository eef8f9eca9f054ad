/** JAX-RS resources of the registry. */
package org.kimberleyprocess.portal.registry.api;
