package org.mmrace.core.spec;

import java.util.List;

/** `strategy NAME = BASE with knob=value ...`: a user strategy defined in a scenario file. */
public record StrategyDef(String name, String base, List<KnobSetting> settings, SourcePos pos) {
    public StrategyDef {
        settings = List.copyOf(settings);
    }
}
