/**
 * The annual report's domain: the uniform questionnaire as data (versions adopted by the Plenary, sections and
 * questions with stable codes, texts in the five languages) and the rules on it.
 */
package org.kimberleyprocess.portal.reporting.domain;
