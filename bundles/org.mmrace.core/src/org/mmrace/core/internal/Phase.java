package org.mmrace.core.internal;

/**
 * Where a thread is inside the kernel path of its current operation. START means "about to begin
 * the operation"; every other phase is the point after some step, named after what comes next.
 */
public final class Phase {
    public static final int START = 0;
    /** do_wp_page decided to reuse; PT lock held; next: pte_mkwrite */
    public static final int WP_REUSE = 1;
    /** do_wp_page decided to copy; extra reference on pa, PT lock dropped; next: alloc + copy */
    public static final int WP_COPY = 2;
    /** the copy is in pb; next: retake PT lock, pte_same, map it */
    public static final int WP_MAP = 3;
    /** slow GUP, mmap_sem held for read; next: follow_page */
    public static final int GUP_FOLLOW = 4;
    /** slow GUP to begin (after a gup_fast fallback); next: down_read + follow_page */
    public static final int GUP_SLOW = 5;
    /** gup_fast: irqs off, pte read into pa; next: take the reference */
    public static final int GUPF_REF = 6;
    /** gup_fast: reference taken; next: recheck and leave the irqs-off section */
    public static final int GUPF_RECHECK = 7;
    /** O_DIRECT: reference taken; next: lock_page (dio.lock_page) */
    public static final int DIO_LOCK = 8;
    /** O_DIRECT in flight; the thread sleeps until the bio completes */
    public static final int DIO_WAIT = 9;
    /** fork: mmap_sem held for write; next: copy the pte at the cursor (first step) */
    public static final int FORK_PTE = 10;
    /** fork: second step of the pte at the cursor (decision in flags) */
    public static final int FORK_PTE2 = 11;
    /** fork: next flush_tlb_mm + up_write */
    public static final int FORK_FLUSH = 12;
    /** exit: threads told to stop; next: exit_mmap once they have */
    public static final int EXIT_MMAP = 13;
    /** ksm: first page looked up (pa); next: write_protect_page on it */
    public static final int KSM_WP1 = 14;
    /** ksm: first page write-protected; next: look up the second page */
    public static final int KSM_LOOK2 = 15;
    /** ksm: second page looked up (pb); next: write_protect_page on it */
    public static final int KSM_WP2 = 16;
    /** ksm: next replace_page */
    public static final int KSM_REPLACE = 17;
    /** ksm 2008: count == mapcount checked, PT lock held; next: write-protect */
    public static final int KSM_WPROT = 18;
    /** ksm 2008: kpage allocated (pb); next: check the page at the cursor's side */
    public static final int KSM_CHECK = 19;
    /** ksm 2008: page write-protected; next: replace with kpage */
    public static final int KSM_REPL = 20;
    /** collapse: hpage_collapse_scan_pmd found the range suitable; no lock held; next: collapse_huge_page */
    public static final int COLLAPSE_PMD = 21;
    /** do_huge_pmd_wp_page decided to split (thp.cow=split); mmap_sem held for read; next: __split_huge_pmd */
    public static final int THP_SPLIT = 22;
    public static final int MAX = 31;

    private static final String[] NAMES = {"start", "wp_reuse", "wp_copy", "wp_map", "gup_follow", "gup_slow",
        "gupf_ref", "gupf_recheck", "dio_lock", "dio_wait", "fork_pte", "fork_pte2", "fork_flush", "exit_mmap",
        "ksm_wp1", "ksm_look2", "ksm_wp2", "ksm_replace", "ksm_wprot", "ksm_check", "ksm_repl", "collapse_pmd", "thp_split"};

    private Phase() {
    }

    public static String name(int p) {
        return p < NAMES.length ? NAMES[p] : "phase" + p;
    }
}
