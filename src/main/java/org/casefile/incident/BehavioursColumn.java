package org.casefile.incident;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores an incident's behaviours as one comma-separated column of names (",FOLLOWING,THREAT_TO_CLIENT,"), so a
 * whole caseload's log loads in one query and {@code like '%,VIOLENCE,%'} finds a behaviour in SQL.
 */
@Converter
final class BehavioursColumn implements AttributeConverter<Set<Behaviour>, String> {
    @Override
    public String convertToDatabaseColumn(Set<Behaviour> behaviours) {
        if (behaviours == null || behaviours.isEmpty()) {
            return ",";
        }
        return EnumSet.copyOf(behaviours).stream().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    @Override
    public Set<Behaviour> convertToEntityAttribute(String column) {
        return read(column);
    }

    static Set<Behaviour> read(String column) {
        EnumSet<Behaviour> out = EnumSet.noneOf(Behaviour.class);
        if (column != null) {
            Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).forEach(s -> out.add(Behaviour.valueOf(s)));
        }
        return out;
    }
}
