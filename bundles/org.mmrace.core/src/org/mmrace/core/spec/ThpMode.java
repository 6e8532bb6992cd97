package org.mmrace.core.spec;

/**
 * How a `thp=` region starts (format v1, issue 11): one model THP of `pages=` subpages, prepared the
 * way tools/testing/selftests/mm/cow.c prepares its THP backings. NONE: order-0 pages, as before.
 */
public enum ThpMode {
    NONE, PMD, PTE, SINGLE_PTE, PARTIAL_SHARED, PARTIAL_MREMAP;

    /** The word in a .race file (thp=single-pte). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
