package org.mmrace.core.spec;

/** `private` or `shared` in a `map` line. */
public enum Sharing { PRIVATE, SHARED }
