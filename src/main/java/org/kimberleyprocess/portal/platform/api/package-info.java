/** What the REST API shares: its root, and the mapping of failures to translated JSON errors. */
package org.kimberleyprocess.portal.platform.api;
