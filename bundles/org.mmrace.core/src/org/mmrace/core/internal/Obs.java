package org.mmrace.core.internal;

import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;

/**
 * What a kernel step reports besides its state change. In the search only the violation keys and
 * the COW counter matter; when a trace is rebuilt, {@link #tracing()} is true and the step also gives
 * its label in kernel words and the violation's details.
 */
public interface Obs {
    /** Reports nothing (replays that only need the states); the defaults below are its behaviour. */
    Obs SILENT = new Obs() {
    };

    default boolean tracing() {
        return false;
    }

    /** Called only when {@link #tracing()}. */
    default void label(String kernelWords) {
    }

    /** Reports a violation; returns true when the caller should also give {@link #details}. */
    default boolean violation(Oracle oracle, ViolationClass cls) {
        return false;
    }

    default void details(String process, String address, String expected, String seen, String message) {
    }

    default void unnecessaryCow() {
    }
}
