package org.mmrace.core.spec;

import java.util.List;
import java.util.Optional;

/**
 * The engine's immutable view of one `.race` file (format v1). Built by the parser adapter or,
 * in tests, by {@link ScenarioBuilder}.
 */
public record ScenarioSpec(String name, Optional<String> title, Optional<String> source, Optional<String> about,
        List<ProcessSpec> processes, List<MappingSpec> mappings, List<ThreadSpec> threads,
        List<ConditionSpec> conditions, List<ExpectSpec> expectations, List<StrategyDef> strategies, SourcePos pos) {

    public ScenarioSpec {
        processes = List.copyOf(processes);
        mappings = List.copyOf(mappings);
        threads = List.copyOf(threads);
        conditions = List.copyOf(conditions);
        expectations = List.copyOf(expectations);
        strategies = List.copyOf(strategies);
    }

    public static ScenarioBuilder builder(String name) {
        return new ScenarioBuilder(name);
    }
}
