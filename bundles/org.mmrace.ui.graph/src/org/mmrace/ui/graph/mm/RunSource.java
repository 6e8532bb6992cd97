package org.mmrace.ui.graph.mm;

import java.nio.file.Path;

/**
 * Where a run's scenario lives, so that a graph view can explore it again (the State Space view
 * asks the engine for the whole state graph, which a {@link org.mmrace.core.run.RunResult} does not
 * carry). Selections that know it adapt to this type next to {@link TraceStepSelection}.
 */
public record RunSource(Path scenarioFile) {
}
