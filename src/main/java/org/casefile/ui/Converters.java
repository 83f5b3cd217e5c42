package org.casefile.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes and lists: values are picked, never typed. */
public final class Converters {
    private Converters() {
    }

    /** Shows each value as {@code text} says; {@code text} must accept null (an empty choice). */
    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }
}
