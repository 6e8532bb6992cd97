package org.mmrace.core.internal;

import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;

/**
 * What a kernel step reports besides its state change. In the search only the violation keys and
 * the COW counter matter; when a trace is rebuilt, {@link #tracing()} is true and the step also gives
 * its label in kernel words and the violation's details.
 */
public interface Obs {
    boolean tracing();

    /** Called only when {@link #tracing()}. */
    void label(String kernelWords);

    /** Reports a violation; returns true when the caller should also give {@link #details}. */
    boolean violation(Oracle oracle, ViolationClass cls);

    void details(String process, String address, String expected, String seen, String message);

    void unnecessaryCow();

    /** Reports nothing (replays that only need the states). */
    Obs SILENT = new Obs() {
        @Override
        public boolean tracing() {
            return false;
        }

        @Override
        public void label(String kernelWords) {
        }

        @Override
        public boolean violation(Oracle oracle, ViolationClass cls) {
            return false;
        }

        @Override
        public void details(String process, String address, String expected, String seen, String message) {
        }

        @Override
        public void unnecessaryCow() {
        }
    };
}
