/** The registry's model: Participants and their status history, contacts, Observers, Chair terms. */
package org.kimberleyprocess.portal.registry.domain;
