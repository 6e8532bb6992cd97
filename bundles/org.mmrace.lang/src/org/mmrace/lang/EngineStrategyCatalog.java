package org.mmrace.lang;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mmrace.core.strategy.Knob;
import org.mmrace.core.strategy.Knobs;
import org.mmrace.core.strategy.Strategies;

/** The strategies and knobs the engine defines (org.mmrace.core.strategy), for the validator. */
public final class EngineStrategyCatalog implements StrategyCatalog {

    private final Set<String> ids = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Strategies.builtinIds()));

    @Override
    public Set<String> strategyIds() {
        return ids;
    }

    @Override
    public Optional<String> checkKnob(String name, String value) {
        Optional<Knob> knob = Knobs.find(name);
        if (knob.isEmpty()) {
            return Optional.of("unknown knob '" + name + "'; knobs: "
                    + Knobs.all().stream().map(Knob::name).collect(Collectors.joining(", ")));
        }
        if (!knob.get().values().contains(value)) {
            return Optional.of("knob '" + name + "' takes " + String.join(" | ", knob.get().values()) + ", not '" + value + "'");
        }
        return Optional.empty();
    }
}
