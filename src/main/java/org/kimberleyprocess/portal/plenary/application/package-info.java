/** Use cases of the Plenary and the Scheme's bodies: committees and seats, meetings, decisions, the library. */
package org.kimberleyprocess.portal.plenary.application;
