package org.mmrace.ui.internal.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mmrace.core.emf.ResultXmi;
import org.mmrace.core.run.RunResult;
import org.mmrace.model.ResultFiles;
import org.mmrace.model.result.ResultFile;
import org.mmrace.ui.internal.core.MmraceUi;
import org.mmrace.ui.internal.core.ScenarioResults;

/** Reads {@code .raceresult} files back into the views (after a restart, or opened by the user). */
public final class SavedResults {

    private SavedResults() {
    }

    /** Reads a result file and publishes it as the results of the scenario next to it. */
    public static ScenarioResults publish(Path resultFile) throws IOException {
        ResultFile file = ResultFiles.load(resultFile);
        Map<String, String> expected = new LinkedHashMap<>();
        file.getResults().forEach(r -> {
            if (r.getExpected() != null && !r.getExpected().isEmpty()) {
                expected.put(r.getStrategy(), r.getExpected());
            }
        });
        List<RunResult> results = ResultXmi.fromEmf(file);
        Path scenario = file.getScenarioFile() == null ? ResultFileLauncher.scenarioOf(resultFile)
                : resultFile.resolveSibling(file.getScenarioFile());
        ScenarioResults loaded = new ScenarioResults(scenario.toAbsolutePath(), file.getScenarioName(), expected,
                results, Optional.empty());
        MmraceUi.get().results().publish(loaded);
        return loaded;
    }

    /** Publishes the saved results of {@code scenario} unless results of it are already known. */
    public static void restore(Path scenario) {
        if (MmraceUi.get().results().get(scenario).isPresent()) {
            return;
        }
        String name = scenario.getFileName().toString();
        Path saved = scenario.resolveSibling(name.substring(0, name.length() - ".race".length()) + ".raceresult");
        if (name.endsWith(".race") && Files.isRegularFile(saved)) {
            try {
                publish(saved);
            } catch (IOException | RuntimeException e) {
                // A damaged or foreign file: the scenario simply shows no saved results.
            }
        }
    }
}
