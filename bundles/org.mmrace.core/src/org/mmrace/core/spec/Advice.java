package org.mmrace.core.spec;

/** The madvise advices of format v1. */
public enum Advice {
    DONTFORK, DOFORK, MERGEABLE;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
