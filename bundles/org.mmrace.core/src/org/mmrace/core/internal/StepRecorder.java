package org.mmrace.core.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.mmrace.core.graph.ViolationKey;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;

/** Collects the kernel words and the violations of one step or one final check (graphs, replay). */
final class StepRecorder implements Obs {
    final StringBuilder words = new StringBuilder();
    final Set<ViolationKey> keys = new LinkedHashSet<>();

    @Override
    public boolean tracing() {
        return true;
    }

    @Override
    public void label(String w) {
        words.append(w);
    }

    @Override
    public boolean violation(Oracle oracle, ViolationClass cls) {
        keys.add(ViolationKey.of(oracle, cls));
        return false;
    }

    @Override
    public void details(String process, String address, String expected, String seen, String message) {
    }

    @Override
    public void unnecessaryCow() {
    }
}
