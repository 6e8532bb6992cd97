package org.mmrace.core.run;

import java.util.List;
import java.util.Optional;

/**
 * The first step of a schedule (found under strategy A) that goes otherwise under strategy B.
 * {@code step} is the 1-based index of that step in A's trace; {@code thread} and {@code operation}
 * say whose step it is; {@code fromKernelStep} is what A did there.
 * <ul>
 * <li>{@link Kind#BLOCKED}: B cannot run the step; {@code waitsFor} names what the thread waits on
 * (locks held by others, e.g. {@code brlock read by P.dio}, or the IPI flush waiting for
 * {@code irqs-off(P) by P.dio}), {@code underKernelStep} the kernel step it waits to run.</li>
 * <li>{@link Kind#BRANCH}: B runs the step but takes another branch: {@code underKernelStep} is B's
 * kernel words (the fix's check, e.g. {@code copy_one_pte: ... child gets a copy}).</li>
 * <li>{@link Kind#SAME_VIOLATION}: B follows every step up to {@code step} the same way and reaches
 * the same violation there.</li>
 * <li>{@link Kind#NO_VIOLATION}: B runs the whole schedule the same way, but its last state does not
 * violate what A's did ({@code step} is the last step).</li>
 * </ul>
 */
public record Departure(Kind kind, int step, String thread, String operation, String fromKernelStep,
        Optional<String> underKernelStep, List<String> waitsFor) {

    public enum Kind {
        BLOCKED, BRANCH, SAME_VIOLATION, NO_VIOLATION;

        public String words() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    public Departure {
        waitsFor = List.copyOf(waitsFor);
    }

    /** One line in kernel words, e.g. {@code step 3: P.forker blocked in fork C: waits for brlock read by P.dio}. */
    public String summary() {
        return "step " + step + ": " + thread + " " + switch (kind) {
            case BLOCKED -> "is blocked in " + operation + underKernelStep.filter(p -> !p.equals("start"))
                    .map(p -> " (at " + p + ")").orElse("")
                    + (waitsFor.isEmpty() ? "" : ": waits for " + String.join(", ", waitsFor));
            case BRANCH -> "takes another branch in " + operation + ": " + underKernelStep.orElse("") + " (A: "
                    + fromKernelStep + ")";
            case SAME_VIOLATION -> "reaches the same violation: " + fromKernelStep;
            case NO_VIOLATION -> "runs every step the same way, but the violation is not reached";
        };
    }
}
