/**
 * The annual report: answers, submissions and revisions, comments, reminders, the reporting calendar and duty, and
 * their rules.
 */
package org.kimberleyprocess.portal.reporting.domain.report;
