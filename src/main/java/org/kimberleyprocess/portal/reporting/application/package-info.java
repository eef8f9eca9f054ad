/**
 * Use cases of the annual report: filing, reading, reviewing and overseeing reports; the questionnaire's versions;
 * reminders.
 */
package org.kimberleyprocess.portal.reporting.application;
