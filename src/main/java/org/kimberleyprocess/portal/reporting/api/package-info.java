/**
 * The annual report over HTTP: the questionnaire, reports and their answers, reminders, settings, and a report as
 * PDF.
 */
package org.kimberleyprocess.portal.reporting.api;
