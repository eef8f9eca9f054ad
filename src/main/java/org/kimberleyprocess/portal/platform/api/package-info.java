/** What the REST API shares: its root, and failures mapped to translated problem documents. */
package org.kimberleyprocess.portal.platform.api;
