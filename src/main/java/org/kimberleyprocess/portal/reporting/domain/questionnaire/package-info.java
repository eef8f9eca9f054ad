/**
 * The uniform questionnaire as data: versions adopted by the Plenary, sections and questions with stable codes, texts
 * in the five languages.
 */
package org.kimberleyprocess.portal.reporting.domain.questionnaire;
