package org.mmrace.ui.internal.trace;

import org.mmrace.core.trace.TraceStep;

/** The whole text of one trace step, for the Trace view's details pane (a lane cell shows only a share). */
public final class StepDetails {

    private StepDetails() {
    }

    public static String of(StepRef ref) {
        TraceStep s = ref.step();
        StringBuilder b = new StringBuilder("Step ").append(ref.index() + 1).append(" of ")
                .append(ref.input().trace().length()).append("  ").append(s.device() ? "device" : s.thread())
                .append(": ").append(s.operation());
        if (s.operationPos().line() > 0) {
            b.append("  (line ").append(s.operationPos().line()).append(')');
        }
        b.append("\n").append(s.kernelStep());
        if (!s.changes().isEmpty()) {
            b.append("\nChanges: ").append(String.join("; ", s.changes()));
        }
        b.append("\nLocks held after it: ").append(s.locksHeld().isEmpty() ? "none" : String.join(", ", s.locksHeld()));
        return b.toString();
    }
}
