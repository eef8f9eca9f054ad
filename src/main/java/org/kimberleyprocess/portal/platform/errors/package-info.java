/** The small hierarchy of business failures; each carries a message key the pages translate. */
package org.kimberleyprocess.portal.platform.errors;
