package org.mmrace.core.spec;

/** The words an `expect` line may use. */
public enum ExpectedOutcome { HOLDS, VIOLATED, DEADLOCK, ERROR }
