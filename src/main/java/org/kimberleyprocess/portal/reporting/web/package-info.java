/** The annual report's pages: a Participant's reports, and the report form that saves every answer as it changes. */
package org.kimberleyprocess.portal.reporting.web;
