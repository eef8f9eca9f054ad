/** Use cases of the registry: the public lists of Participants, applicants, Observers, and the Chair. */
package org.kimberleyprocess.portal.registry.application;
