/** Use cases of the Scheme's bodies: composing committees and keeping their members' roles. */
package org.kimberleyprocess.portal.plenary.application;
