package org.mmrace.core.graph;

import java.util.Optional;

import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;

/**
 * What was violated: an oracle and its class ({@code isolation/wrong cow}), or a scenario condition
 * ({@code condition/require failed} with the condition's label).
 */
public record ViolationKey(Oracle oracle, ViolationClass violationClass, Optional<String> condition) {

    public static ViolationKey of(Oracle oracle, ViolationClass cls) {
        return new ViolationKey(oracle, cls, Optional.empty());
    }

    /** {@code isolation/wrong cow}, {@code condition/require failed: "label"}. */
    public String words() {
        return oracle.name().toLowerCase(java.util.Locale.ROOT) + "/" + violationClass.words()
                + condition.map(c -> ": \"" + c + "\"").orElse("");
    }

    @Override
    public String toString() {
        return words();
    }
}
