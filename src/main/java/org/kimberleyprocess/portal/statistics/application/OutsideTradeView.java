package org.kimberleyprocess.portal.statistics.application;

import java.math.BigDecimal;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.ReturnStatus;

/** A reported line of trade with a partner outside the Scheme in its period: a violation item to look into. */
public record OutsideTradeView(String participant, Flow flow, String period, String hsCode, String partner,
                               BigDecimal carats, BigDecimal valueUsd, ReturnStatus status) {
}
