/**
 * Use cases of the registry: the public lists, a Participant's page and contacts, Observer requests, the
 * Secretariat's entries.
 */
package org.kimberleyprocess.portal.registry.application;
