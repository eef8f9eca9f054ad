/** Backing beans of the registry's pages: home, lists, a Participant, contacts, the Secretariat's entries. */
package org.kimberleyprocess.portal.registry.web;
