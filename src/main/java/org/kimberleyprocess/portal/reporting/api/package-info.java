/** The annual report over HTTP, under {@code /api/v1}: the questionnaire that applies to a year. */
package org.kimberleyprocess.portal.reporting.api;
