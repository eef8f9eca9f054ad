/**
 * Statistics of the Scheme: quarterly trade and semi-annual production per Participant, in carats and US dollars by
 * HS code, and the rules each line keeps.
 */
package org.kimberleyprocess.portal.statistics.domain;
