package org.mmrace.core.internal;

import org.mmrace.core.spec.SourcePos;

/** The scenario cannot be run: a name that does not resolve, an address outside its region, ... */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final SourcePos pos;

    public ScenarioException(String message, SourcePos pos) {
        super(message);
        this.pos = pos;
    }

    public SourcePos pos() {
        return pos;
    }
}
