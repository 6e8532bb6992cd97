package org.mmrace.core.run;

import org.mmrace.core.spec.SourcePos;

/** Why a scenario could not be run: invalid for the engine, too large, unknown strategy. */
public record EngineError(String message, SourcePos pos) {
}
