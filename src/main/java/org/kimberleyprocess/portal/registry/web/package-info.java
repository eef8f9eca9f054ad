/** Backing beans of the registry's pages: home, lists of Participants, applicants and Observers. */
package org.kimberleyprocess.portal.registry.web;
