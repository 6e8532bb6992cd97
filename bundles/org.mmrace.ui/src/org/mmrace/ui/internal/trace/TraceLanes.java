package org.mmrace.ui.internal.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;

/**
 * The swim lanes of a trace, as in the patch diagram: one per thread in the order the threads
 * first appear, the device last; and for each step, whether it starts a new operation of its thread.
 */
public record TraceLanes(List<String> lanes, boolean[] startsOperation) {

    public static final String DEVICE = "device";

    public static TraceLanes of(Trace trace) {
        Set<String> threads = new LinkedHashSet<>();
        boolean device = false;
        // Threads of the initial state first (scenario order), then any that appear later (forked children).
        trace.initial().threads().forEach(t -> threads.add(t.name()));
        boolean[] starts = new boolean[trace.steps().size()];
        java.util.Map<String, String> lastOp = new java.util.HashMap<>();
        for (int i = 0; i < trace.steps().size(); i++) {
            TraceStep s = trace.steps().get(i);
            if (s.device()) {
                device = true;
            } else {
                threads.add(s.thread());
            }
            String key = s.device() ? DEVICE : s.thread();
            String op = s.operation() + "@" + s.operationPos();
            starts[i] = !op.equals(lastOp.put(key, op));
        }
        List<String> lanes = new ArrayList<>(threads.stream().filter(t -> usedBy(trace, t)).toList());
        if (device) {
            lanes.add(DEVICE);
        }
        return new TraceLanes(List.copyOf(lanes), starts);
    }

    private static boolean usedBy(Trace trace, String thread) {
        return trace.steps().stream().anyMatch(s -> !s.device() && s.thread().equals(thread));
    }

    /** The lane of a step. */
    public int laneOf(TraceStep step) {
        return lanes.indexOf(step.device() ? DEVICE : step.thread());
    }
}
