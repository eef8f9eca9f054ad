/**
 * Backing beans of the reporting pages: a Participant's reports, the report form, compliance, the questionnaire
 * editor.
 */
package org.kimberleyprocess.portal.reporting.web;
