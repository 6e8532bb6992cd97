package org.mmrace.ui.internal.core;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The results the workbench knows, per scenario file; views listen for changes. Thread-safe:
 * run jobs publish from their threads, listeners are called on the publishing thread.
 */
public final class ResultsRegistry {

    private final Map<Path, ScenarioResults> byFile = new LinkedHashMap<>();
    private final CopyOnWriteArrayList<Consumer<ScenarioResults>> listeners = new CopyOnWriteArrayList<>();
    private Optional<ScenarioResults> latest = Optional.empty();

    public void publish(ScenarioResults results) {
        synchronized (this) {
            byFile.put(results.scenarioFile(), results);
            latest = Optional.of(results);
        }
        listeners.forEach(l -> l.accept(results));
    }

    public synchronized Optional<ScenarioResults> get(Path scenarioFile) {
        return Optional.ofNullable(byFile.get(scenarioFile));
    }

    public synchronized Optional<ScenarioResults> latest() {
        return latest;
    }

    public void addListener(Consumer<ScenarioResults> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ScenarioResults> listener) {
        listeners.remove(listener);
    }
}
