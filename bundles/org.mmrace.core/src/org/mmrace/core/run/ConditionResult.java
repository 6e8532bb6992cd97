package org.mmrace.core.run;

import org.mmrace.core.spec.ConditionKind;
import org.mmrace.core.spec.SourcePos;

/**
 * One require/forbid/observe over all final states: {@code positive} final states where it holds,
 * {@code negative} where it does not. {@code satisfied} is always true for observe.
 */
public record ConditionResult(String label, ConditionKind kind, String expression, Observation observation,
        long positive, long negative, boolean satisfied, SourcePos pos) {
}
