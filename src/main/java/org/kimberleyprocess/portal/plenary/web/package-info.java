/** Backing beans of the Plenary's pages: committees, meetings, decisions, documents. */
package org.kimberleyprocess.portal.plenary.web;
