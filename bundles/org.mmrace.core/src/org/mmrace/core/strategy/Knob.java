package org.mmrace.core.strategy;

import java.util.List;

/** One combinable aspect of the kernel paths, with its allowed values and what each means. */
public record Knob(String name, List<String> values, String doc, List<String> valueDocs) {
    public Knob {
        values = List.copyOf(values);
        valueDocs = List.copyOf(valueDocs);
        if (values.size() != valueDocs.size()) {
            throw new IllegalArgumentException(name + ": one doc per value");
        }
    }

    public boolean allows(String value) {
        return values.contains(value);
    }
}
