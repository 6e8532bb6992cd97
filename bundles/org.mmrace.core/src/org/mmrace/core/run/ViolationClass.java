package org.mmrace.core.run;

/** What kind of failure an oracle saw. */
public enum ViolationClass {
    /** a page was reused or written while another party still referenced it: a leak between processes */
    MISSED_COW,
    /** a copy was made although a reference belonged to this mapping: lost DMA, stale pin */
    WRONG_COW,
    /** put_page on a page whose count is already 0 */
    COUNT_UNDERFLOW,
    /** get_page, DMA or a read on a page that has been freed */
    FREED_PAGE_ACCESS,
    /** count below mapcount + the references held */
    COUNT_MISMATCH,
    /** a write landed in a KSM page */
    KSM_WRITE,
    DEADLOCK,
    REQUIRE_FAILED,
    FORBID_FAILED;

    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
