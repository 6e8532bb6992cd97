package org.mmrace.core.spec;

/** `ro` or `rw` in `map`, `mprotect` and `pin`. */
public enum Prot { RO, RW }
