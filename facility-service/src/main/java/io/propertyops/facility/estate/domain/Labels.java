package io.propertyops.facility.estate.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Finds an enum constant by its Chinese label or its name, as people type them into a spreadsheet. */
final class Labels {

    private Labels() {
    }

    static <E extends Enum<E>> Optional<E> find(E[] values, String name, Function<E, String> label) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        for (E value : values) {
            if (label.apply(value).equals(wanted) || value.name().equalsIgnoreCase(wanted.replace(' ', '_')
                    .replace('-', '_').toUpperCase(Locale.ROOT))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
