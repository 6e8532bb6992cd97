package org.mmrace.core.internal;

/** A scenario outgrew a bound of the state encoding (too many pages, references...). */
public final class ModelLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelLimitException(String message) {
        super(message);
    }
}
