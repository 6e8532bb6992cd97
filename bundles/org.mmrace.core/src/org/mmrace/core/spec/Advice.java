package org.mmrace.core.spec;

/**
 * The madvise advices of format v1 (HUGEPAGE / NOHUGEPAGE: VM_HUGEPAGE / VM_NOHUGEPAGE; PAGEOUT:
 * MADV_PAGEOUT, reclaim of the range now; issue 11).
 */
public enum Advice {
    DONTFORK, DOFORK, MERGEABLE, HUGEPAGE, NOHUGEPAGE, PAGEOUT;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
