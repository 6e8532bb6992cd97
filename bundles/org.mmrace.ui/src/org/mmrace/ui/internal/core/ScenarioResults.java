package org.mmrace.ui.internal.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mmrace.core.run.RunResult;

/**
 * The results of one scenario file: one per strategy run, in the order they ran, and the file's
 * {@code expect} lines (strategy id -> holds/violated/deadlock/error).
 */
public record ScenarioResults(Path scenarioFile, String scenarioName, Map<String, String> expected,
        List<RunResult> results, Optional<String> running) {

    public ScenarioResults {
        expected = Map.copyOf(expected);
        results = List.copyOf(results);
    }

    /** {@code <name>.raceresult} next to the scenario. */
    public Path resultFile() {
        String name = scenarioFile.getFileName().toString();
        String base = name.endsWith(".race") ? name.substring(0, name.length() - 5) : name;
        return scenarioFile.resolveSibling(base + ".raceresult");
    }

    public Optional<RunResult> result(String strategy) {
        return results.stream().filter(r -> r.strategy().equals(strategy)).findFirst();
    }
}
