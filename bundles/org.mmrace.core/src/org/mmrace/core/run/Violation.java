package org.mmrace.core.run;

import java.util.Optional;

import org.mmrace.core.trace.Trace;

/**
 * One violated check with a shortest trace that leads to it. For a condition, {@code condition}
 * holds its label; for an oracle, {@code process}, {@code address}, {@code expected} and {@code seen}
 * say who saw what.
 */
public record Violation(Oracle oracle, ViolationClass violationClass, Optional<String> process,
        Optional<String> address, Optional<String> expected, Optional<String> seen, String message,
        Optional<String> condition, Trace trace) {

    /** e.g. {@code isolation/wrong cow}. */
    public String key() {
        return oracle.name().toLowerCase(java.util.Locale.ROOT) + "/" + violationClass.words();
    }
}
