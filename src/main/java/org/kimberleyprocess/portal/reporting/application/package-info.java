/** The annual report's use cases: the questionnaire that applies to a year, its versions and their adoption. */
package org.kimberleyprocess.portal.reporting.application;
