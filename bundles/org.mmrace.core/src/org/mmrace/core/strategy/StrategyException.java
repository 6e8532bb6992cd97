package org.mmrace.core.strategy;

import org.mmrace.core.spec.SourcePos;

/** An unknown strategy, knob or value, or a knob combination the engine cannot honour. */
public class StrategyException extends Exception {
    private static final long serialVersionUID = 1L;
    private final SourcePos pos;

    public StrategyException(String message, SourcePos pos) {
        super(message);
        this.pos = pos;
    }

    public SourcePos pos() {
        return pos;
    }
}
