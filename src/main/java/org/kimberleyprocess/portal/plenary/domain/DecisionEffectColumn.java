package org.kimberleyprocess.portal.plenary.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A decision's effect in its one column, as {@link DecisionEffect} writes and reads it. */
@Converter
public class DecisionEffectColumn implements AttributeConverter<DecisionEffect, String> {

    @Override
    public String convertToDatabaseColumn(DecisionEffect effect) {
        return effect == null ? null : effect.toJson();
    }

    @Override
    public DecisionEffect convertToEntityAttribute(String stored) {
        return DecisionEffect.fromJson(stored);
    }
}
