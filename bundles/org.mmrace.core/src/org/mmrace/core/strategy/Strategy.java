package org.mmrace.core.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named set of knob values: a kernel era or a proposed fix. {@link #settings()} holds a value for
 * every knob of {@link Knobs#all()}; {@link #changes()} lists the ones that differ from the base.
 */
public record Strategy(String id, String description, List<String> sources, Map<String, String> settings,
        Optional<String> base, Map<String, String> changes) {

    public Strategy {
        sources = List.copyOf(sources);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    public String get(String knob) {
        String v = settings.get(knob);
        if (v == null) {
            throw new IllegalArgumentException("no knob " + knob);
        }
        return v;
    }

    public boolean is(String knob, String value) {
        return get(knob).equals(value);
    }

    /** One line per knob, {@code knob=value}, in the knob order. */
    public String definition() {
        StringBuilder b = new StringBuilder();
        for (Knob k : Knobs.all()) {
            b.append(k.name()).append('=').append(settings.get(k.name())).append('\n');
        }
        return b.toString();
    }
}
