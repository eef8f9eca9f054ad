/** The Plenary over HTTP: decisions, meetings and the document library. */
package org.kimberleyprocess.portal.plenary.api;
