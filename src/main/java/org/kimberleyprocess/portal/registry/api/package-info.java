/** The registry over HTTP: Participants, applicants, Observers and their counts. */
package org.kimberleyprocess.portal.registry.api;
