package org.learningsets.model.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a yes/no flag as SMALLINT 0 or 1. EclipseLink binds Java booleans as integers on Derby but as
 * booleans on PostgreSQL, so a BOOLEAN column cannot serve both; a small integer can.
 */
@Converter
public class FlagConverter implements AttributeConverter<Boolean, Short> {

    @Override
    public Short convertToDatabaseColumn(Boolean flag) {
        return flag == null ? null : (short) (flag ? 1 : 0);
    }

    @Override
    public Boolean convertToEntityAttribute(Short value) {
        return value == null ? null : value != 0;
    }
}
