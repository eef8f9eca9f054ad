package org.kimberleyprocess.portal.statistics.application;

/**
 * What an import stored: the returns (Participant, flow, period) it touched, their lines, how many of those returns
 * it submitted and how many it revised, and how many lines report trade with a partner outside the Scheme.
 */
public record ImportSummary(int returns, int lines, int submitted, int revised, int outsideScheme) {
}
