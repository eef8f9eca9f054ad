/** The five official languages: choosing one, remembering it, messages, and country names in each. */
package org.kimberleyprocess.portal.platform.i18n;
