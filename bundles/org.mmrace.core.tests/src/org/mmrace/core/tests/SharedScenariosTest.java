package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.strategy.Strategies;

/**
 * The three example scenarios under every built-in strategy. Each expected verdict is derived by hand
 * from docs/semantics.md; the comment next to it names the interleaving that breaks it or why none can.
 */
class SharedScenariosTest {

    private static void assertVerdicts(String resource, Map<String, Verdict> expected) {
        assertEquals(Strategies.builtinIds(), java.util.List.copyOf(expected.keySet()), "one verdict per strategy");
        Map<String, Verdict> got = new LinkedHashMap<>();
        for (String id : expected.keySet()) {
            RunResult r = Runs.run(resource, id);
            got.put(id, r.verdict());
        }
        assertEquals(expected, got);
    }

    @Test
    void odirectForkWriterUnderEveryStrategy() {
        Map<String, Verdict> e = new LinkedHashMap<>();
        // gup_fast takes FOLL_GET with no pte recheck; fork write-protects and shares; the writer's
        // do_wp_page sees mapcount 2 and gives the parent a copy; the DMA lands in the child's page.
        e.put("linux-2.6.27", Verdict.VIOLATED);
        // gup_fast reads the writable pte before copy_one_pte and takes its reference after fork's
        // count != mapcount check (x86 gup_fast does not recheck; the flush IPI only waits at the end
        // of fork): nothing is forced and the 2.6.27 interleaving remains.
        e.put("forcecow-2008", Verdict.VIOLATED);
        // the same window: the reference arrives after the check.
        e.put("forcecow-2008-fixed", Verdict.VIOLATED);
        // br_read_lock spans gup_fast's pte read and reference; fork's check and write-protect run
        // under br_write_lock: the reference is counted (child gets a copy, parent stays writable) or
        // gup_fast sees the read-only pte and falls back to slow GUP, which waits for mmap_sem.
        e.put("brlock-2008", Verdict.HOLDS);
        // gup_fast takes mmap_sem for read, so it cannot overlap fork; a reference taken before fork
        // makes count != mapcount and the child gets the copy.
        e.put("gupfast-mmapsem-2008", Verdict.HOLDS);
        // lock_page comes after GUP: fork can share the page between gup_fast's reference and
        // lock_page; then the writer's trylock_page fails and do_wp_page copies for the parent.
        e.put("dio-pagelock-2008", Verdict.VIOLATED);
        // PG_gup is set with the reference and the pte recheck wants a writable pte: either fork's
        // early write-protect makes gup_fast drop and go slow, or fork sees PG_gup with count !=
        // mapcount and copies for the child with the parent pte made writable again.
        e.put("pg-gup-2009", Verdict.HOLDS);
        // gup_fast falls back on an anon page without PG_dontcow; slow GUP (under mmap_sem, so not
        // during fork) de-COWs and sets PG_dontcow; fork copies PG_dontcow pages for the child.
        e.put("dontcow-2009", Verdict.HOLDS);
        // 2.6.38 adds THP and the merged KSM: neither is in this order-0, KSM-less scenario: as 2.6.27.
        e.put("linux-2.6.38", Verdict.VIOLATED);
        // the 5.8 COW break is for read GUP; the DIO is a write GUP with FOLL_GET: fork shares, the
        // writer copies, as in 2.6.27.
        e.put("linux-5.8", Verdict.VIOLATED);
        // fork copies only page_maybe_dma_pinned pages of an mm that has_pinned; O_DIRECT's FOLL_GET is
        // neither: fork shares, the writer's fault sees count > 1 and copies for the parent.
        e.put("linux-5.9", Verdict.VIOLATED);
        e.put("linux-5.11", Verdict.VIOLATED);
        // 5.18 changes only the swap and huge PMD reuse rules: as 5.11.
        e.put("linux-5.18", Verdict.VIOLATED);
        // PageAnonExclusive is cleared at fork (not maybe-pinned); count > 1 at the fault: copy.
        e.put("linux-5.19", Verdict.VIOLATED);
        // O_DIRECT pins (FOLL_PIN): has_pinned and count >= 1024 make fork copy for the child while the
        // parent keeps the pinned page; a pin racing with fork fails write_protect_seq and goes slow.
        e.put("linux-6.3", Verdict.HOLDS);
        // 6.15 changes only PTE-mapped large folio reuse; 6.18 has 6.15's rules: as 6.3.
        e.put("linux-6.15", Verdict.HOLDS);
        e.put("linux-6.18", Verdict.HOLDS);
        assertVerdicts("odirect-fork-writer.race", e);
    }

    @Test
    void odirectForkGupSlowUnderEveryStrategy() {
        Map<String, Verdict> e = new LinkedHashMap<>();
        // slow GUP finishes under mmap_sem before fork; fork does not look at the count and shares;
        // the writer's fault copies for the parent; the DMA lands in the child's page.
        e.put("linux-2.6.27", Verdict.VIOLATED);
        // fork sees count != mapcount and forces the child to COW, but by a separate fault after the
        // pte step: a DMA landing between the pte copy and the child's copy is copied into the child,
        // whose memory is the parent's as of the pte copy: the child sees the read's data (missed COW).
        e.put("forcecow-2008", Verdict.VIOLATED);
        // the same separate fault path (and the parent pte stays writable meanwhile).
        e.put("forcecow-2008-fixed", Verdict.VIOLATED);
        // count != mapcount under br_write_lock: the child gets a copy in the pte step.
        e.put("brlock-2008", Verdict.HOLDS);
        e.put("gupfast-mmapsem-2008", Verdict.HOLDS);
        // GUP releases mmap_sem before lock_page: fork fits between and shares; trylock fails later.
        e.put("dio-pagelock-2008", Verdict.VIOLATED);
        // slow GUP sets PG_gup; fork copies for the child when count != mapcount.
        e.put("pg-gup-2009", Verdict.HOLDS);
        // slow GUP sets PG_dontcow; fork copies for the child.
        e.put("dontcow-2009", Verdict.HOLDS);
        // order-0, no KSM: as 2.6.27.
        e.put("linux-2.6.38", Verdict.VIOLATED);
        // FOLL_GET: no era before 6.3 treats it as a pin at fork.
        e.put("linux-5.8", Verdict.VIOLATED);
        e.put("linux-5.9", Verdict.VIOLATED);
        e.put("linux-5.11", Verdict.VIOLATED);
        e.put("linux-5.18", Verdict.VIOLATED);
        e.put("linux-5.19", Verdict.VIOLATED);
        // FOLL_PIN: fork copies for the child.
        e.put("linux-6.3", Verdict.HOLDS);
        // as 6.3 (their changes are for large folios only).
        e.put("linux-6.15", Verdict.HOLDS);
        e.put("linux-6.18", Verdict.HOLDS);
        assertVerdicts("odirect-fork-gup-slow.race", e);
    }

    @Test
    void ksmOdirectUnderEveryStrategy() {
        Map<String, Verdict> e = new LinkedHashMap<>();
        // 2008 KSM: the count == mapcount check and the write-protect are separate PT-lock steps;
        // gup_fast reads the writable pte and takes its reference in between; ksmd replaces the pte by
        // the KSM page and the DMA lands in the page P no longer maps (wrong COW).
        e.put("linux-2.6.27", Verdict.VIOLATED);
        e.put("forcecow-2008", Verdict.VIOLATED);
        e.put("forcecow-2008-fixed", Verdict.VIOLATED);
        // ksmd's check and write-protect run under br_write_lock, which excludes gup_fast's walk.
        e.put("brlock-2008", Verdict.HOLDS);
        // ksmd holds mmap_sem only for read: it does not exclude gup_fast's read lock.
        e.put("gupfast-mmapsem-2008", Verdict.VIOLATED);
        // the page is locked only after GUP; the 2008 check does not look at PG_locked in between.
        e.put("dio-pagelock-2008", Verdict.VIOLATED);
        // PG_gup is not looked at by the 2008 KSM check; the pte recheck passes before the write-protect.
        e.put("pg-gup-2009", Verdict.VIOLATED);
        // gup_fast falls back on an anon page without PG_dontcow; slow GUP's follow_page needs the PT
        // lock: before the check its reference fails the merge, after the write-protect it faults, the
        // pte becomes writable again and replace_page fails pte_same.
        e.put("dontcow-2009", Verdict.HOLDS);
        // 2.6.38 has the merged KSM (2.6.32): its write_protect_page counts every gup_fast reference (the
        // 5.8 reasoning below; 2.6.27's gup_fast does not recheck, but its reference is taken inside the
        // irqs-off section the flush IPI waits for), and the KSM page is always copied on a write fault.
        e.put("linux-2.6.38", Verdict.HOLDS);
        // merged write_protect_page: ptep_clear_flush's IPI waits for gup_fast's irqs-off section and
        // mapcount + 1 == count is checked after it, so every gup_fast reference is counted; a later
        // write gup_fast finds the pte read-only and faults the KSM page, which is always copied.
        e.put("linux-5.8", Verdict.HOLDS);
        e.put("linux-5.9", Verdict.HOLDS);
        e.put("linux-5.11", Verdict.HOLDS);
        e.put("linux-5.18", Verdict.HOLDS);
        e.put("linux-5.19", Verdict.HOLDS);
        e.put("linux-6.3", Verdict.HOLDS);
        e.put("linux-6.15", Verdict.HOLDS);
        e.put("linux-6.18", Verdict.HOLDS);
        assertVerdicts("ksm-odirect.race", e);
    }
}
