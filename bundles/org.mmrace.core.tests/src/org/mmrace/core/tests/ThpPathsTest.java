package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.run.ViolationClass;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.trace.Trace;
import org.mmrace.lang.Diagnostic;
import org.mmrace.lang.LoadedScenario;
import org.mmrace.lang.ScenarioLoader;

/**
 * The large-folio paths of issue 11 (mm/huge_memory.c, mm/khugepaged.c, GUP on huge PMDs), one
 * behaviour per test, on .race text modelled on tools/testing/selftests/mm/cow.c.
 */
class ThpPathsTest {

    static ScenarioSpec race(String text) {
        LoadedScenario loaded = new ScenarioLoader().load("thp.race", text);
        if (loaded.hasErrors() || loaded.spec().isEmpty()) {
            throw new AssertionError(loaded.diagnostics().stream().map(Diagnostic::format)
                    .collect(Collectors.joining("\n")));
        }
        return loaded.spec().get();
    }

    private static boolean says(Trace t, String words) {
        return t.steps().stream().anyMatch(s -> s.kernelStep().contains(words));
    }

    private static String words(Trace t) {
        return t.steps().stream().map(s -> s.kernelStep()).collect(Collectors.joining("\n"));
    }

    // ------------------------------------------------------------------ do_huge_pmd_wp_page

    /** cow.c "Basic COW after fork() with PMD-mapped THP": the child keeps the old content. */
    private static final String BASIC_COW_PMD = """
            scenario basic-cow-pmd
            process P
            map P.buf anon private rw pages=4 fill=A thp=pmd
            thread P.t
              fork C
              store buf[1].0 data=W
              signal stored
            thread C.t
              wait stored
              load buf[1].0 -> r1
            forbid C.t.r1 == W   "the child never sees the parent's store"
            require P.buf[1].0 == W
            """;

    @Test
    void basicCowAfterForkWithPmdThpCopiesTheWholeThpIn2638() {
        RunResult r = Runs.run(race(BASIC_COW_PMD), "linux-2.6.27");
        assertEquals(Verdict.HOLDS, r.verdict());
        Trace t = r.witness().orElseThrow();
        assertTrue(says(t, "copy_huge_pmd: get_page, page_dup_rmap(compound)"), words(t));
        assertTrue(says(t, "do_huge_pmd_wp_page: page_mapcount 2 != 1: get_page"), words(t));
        assertTrue(says(t, "copy_user_huge_page"), words(t));
    }

    @Test
    void basicCowAfterForkWithPmdThpSplitsAndCopiesOneSubpageFrom58() {
        for (String s : new String[] {"linux-5.8", "linux-5.9", "linux-5.19", "linux-6.3"}) {
            RunResult r = Runs.run(race(BASIC_COW_PMD), s);
            assertEquals(Verdict.HOLDS, r.verdict(), s);
            Trace t = r.witness().orElseThrow();
            assertTrue(says(t, "__split_huge_pmd, VM_FAULT_FALLBACK"), s + "\n" + words(t));
            assertTrue(says(t, "do_wp_page: alloc_page"), s + "\n" + words(t));
        }
    }

    /**
     * cow.c "vmsplice() + unmap in child with PMD THP" (CVE-2020-29374 on a THP): the child's pipe holds a
     * FOLL_GET reference; after the child unmaps, the parent's THP has page_mapcount 1 and the mapcount
     * rule reuses it: the child reads the parent's later data. 5.8 breaks COW on the read GUP; 5.18's
     * count rule (and 5.19's exclusive bit) copies.
     */
    private static final String VMSPLICE_PMD = """
            scenario vmsplice-unmap-child-pmd
            process P
            map P.buf anon private rw pages=4 fill=A thp=pmd
            thread P.t
              fork C
              wait unmapped
              store buf[0].0 data=S
              signal stored
            thread C.t
              vmsplice buf[0].0 pipe=p
              munmap buf
              signal unmapped
              wait stored
              pipe_read p -> r1
            forbid C.t.r1 == S   "the child reads the parent's later data"
            """;

    @Test
    void vmspliceLeaksThroughTheMapcountReuseOfAPmdThp() {
        for (String s : new String[] {"linux-2.6.27", "linux-2.6.38", "linux-5.9", "linux-5.11"}) {
            RunResult r = Runs.run(race(VMSPLICE_PMD), s);
            assertEquals(Verdict.VIOLATED, r.verdict(), s);
            Violation v = r.violation(Oracle.ISOLATION, ViolationClass.MISSED_COW).orElseThrow();
            assertEquals("S", v.seen().orElseThrow());
            assertTrue(says(v.trace(), "do_huge_pmd_wp_page: page_mapcount 1 == 1: reuse the THP"), words(v.trace()));
        }
        for (String s : new String[] {"linux-5.8", "linux-5.18", "linux-5.19", "linux-6.3", "linux-6.18"}) {
            assertEquals(Verdict.HOLDS, Runs.run(race(VMSPLICE_PMD), s).verdict(), s);
        }
    }

    // ------------------------------------------------------------------ R/O pins (5.19 unshare)

    /** cow.c "R/O GUP pin on R/O-mapped shared page" on a PTE-mapped THP. */
    private static final String RO_PIN_SHARED_PTE = """
            scenario ro-pin-shared-pte-thp
            process P
            map P.buf anon private rw pages=4 fill=A thp=pte
            thread P.t
              fork C
              pin buf[1] ro as p1
              store buf[1].0 data=W
              dma_read p1 0 -> r1
              unpin p1
            require P.t.r1 == W   "the pin sees the process's later store"
            """;

    @Test
    void roPinOnSharedPteMappedThpIsViolatedBefore519() {
        for (String s : new String[] {"linux-2.6.27", "linux-5.9", "linux-5.11"}) {
            RunResult r = Runs.run(race(RO_PIN_SHARED_PTE), s);
            assertEquals(Verdict.VIOLATED, r.verdict(), s);
            assertTrue(r.violation(Oracle.ISOLATION, ViolationClass.WRONG_COW).isPresent(), s);
        }
        // 5.8 breaks COW on the R/O GUP; 5.19 unshares the shared subpage before pinning it
        assertEquals(Verdict.HOLDS, Runs.run(race(RO_PIN_SHARED_PTE), "linux-5.8").verdict());
        RunResult r = Runs.run(race(RO_PIN_SHARED_PTE), "linux-5.19");
        assertEquals(Verdict.HOLDS, r.verdict());
        assertTrue(says(r.witness().orElseThrow(), "do_wp_page(unshare)"), words(r.witness().orElseThrow()));
    }

    /** The same with gup_fast on a PMD-mapped THP: gup_must_unshare falls back, the unshare splits the PMD. */
    @Test
    void roFastPinOnSharedPmdThpUnsharesThroughAPmdSplitIn519() {
        String text = RO_PIN_SHARED_PTE.replace("thp=pte", "thp=pmd").replace("pin buf[1] ro as", "pin buf[1] ro fast as");
        assertEquals(Verdict.VIOLATED, Runs.run(race(text), "linux-5.11").verdict());
        RunResult r = Runs.run(race(text), "linux-5.19");
        assertEquals(Verdict.HOLDS, r.verdict());
        Trace t = r.witness().orElseThrow();
        assertTrue(says(t, "gup_fast: gup_must_unshare"), words(t));
        assertTrue(says(t, "do_huge_pmd_wp_page(unshare): page_count 2 != 1: __split_huge_pmd"), words(t));
    }

    // ------------------------------------------------------------------ copy_huge_pmd and pins

    /** A FOLL_PIN on a PMD-mapped THP, then fork, then the parent writes and the device DMAs through the pin. */
    private static final String PINNED_FORK = """
            scenario pinned-thp-fork
            process P
            map P.buf anon private rw pages=4 fill=A thp=pmd
            thread P.t
              pin buf[0] rw as p1
              fork C
              store buf[0].1 data=S
              dma_write p1 0 data=D
              unpin p1
            require P.buf[0].0 == D   "the pin still writes the parent's memory"
            """;

    @Test
    void forkSharesAPinnedThpUntil59() {
        for (String s : new String[] {"linux-2.6.27", "linux-5.8"}) {
            RunResult r = Runs.run(race(PINNED_FORK), s);
            assertEquals(Verdict.VIOLATED, r.verdict(), s);
            assertTrue(r.violation(Oracle.ISOLATION, ViolationClass.WRONG_COW).isPresent(), s);
        }
    }

    @Test
    void copyHugePmdSplitsAMaybePinnedThpFrom59() {
        for (String s : new String[] {"linux-5.9", "linux-5.19"}) {
            RunResult r = Runs.run(race(PINNED_FORK), s);
            assertEquals(Verdict.HOLDS, r.verdict(), s);
            Trace t = r.witness().orElseThrow();
            assertTrue(says(t, "copy_huge_pmd: ") && says(t, "maybe pinned"), s + "\n" + words(t));
            assertTrue(says(t, "__split_huge_pmd P.buf"), s + "\n" + words(t));
            assertTrue(says(t, "copy_present_pte: copy page#1 for the child"), s + "\n" + words(t));
        }
    }

    // ------------------------------------------------------------------ PTE-level COW in a large folio

    /**
     * thp=partial-shared (cow.c THP_RUN_PARTIAL_SHARED): subpage 0 lost PageAnonExclusive to a child that has
     * exited. A write fault on it: the 5.19 rule copies (the folio's count 4 counts every subpage's pte),
     * 6.15's MM-owner rule reuses (the folio is mapped by this mm only and every reference is a mapping).
     */
    private static final String PARTIAL_SHARED = """
            scenario partial-shared-write
            process P
            map P.buf anon private rw pages=4 fill=A thp=partial-shared
            strategy k615 = linux-6.3 with thp.pte_reuse=mm-owner
            thread P.t
              mprotect buf ro
              mprotect buf rw
              store buf[0].0 data=W
            require P.buf[0].0 == W
            """;

    @Test
    void writeFaultOnAPteMappedThpCopiesUnderTheCountRule() {
        RunResult r = Runs.run(race(PARTIAL_SHARED), "linux-5.19");
        assertEquals(Verdict.HOLDS, r.verdict());
        assertEquals(1, r.unnecessaryCows());
        assertTrue(says(r.witness().orElseThrow(), "count 4 > 1: copy"), words(r.witness().orElseThrow()));
    }

    @Test
    void mmOwnerReuseOfAPteMappedThpIn615() {
        for (String s : new String[] {"k615", "linux-6.15", "linux-6.18"}) {
            RunResult r = Runs.run(race(PARTIAL_SHARED), s);
            assertEquals(Verdict.HOLDS, r.verdict(), s);
            assertEquals(0, r.unnecessaryCows(), s);
            assertTrue(says(r.witness().orElseThrow(), "reuse page#1"), words(r.witness().orElseThrow()));
        }
        // a folio with a GUP reference besides its mappings is copied even so (folio_ref_count != mapcount)
        String pinned = PARTIAL_SHARED.replace("  store buf[0].0 data=W\n", "  vmsplice buf[2] pipe=q\n"
                + "  store buf[0].0 data=W\n  pipe_read q -> r1\n");
        RunResult r = Runs.run(race(pinned), "linux-6.15");
        assertEquals(Verdict.HOLDS, r.verdict());
        assertEquals(1, r.unnecessaryCows());
    }

    // ------------------------------------------------------------------ splits

    @Test
    void mprotectOfOneSubpageSplitsThePmd() {
        String text = """
                scenario split-by-mprotect
                process P
                map P.buf anon private rw pages=4 fill=A thp=pmd
                thread P.t
                  mprotect buf[1] ro
                  store buf[1].0 data=W
                  store buf[2].0 data=X
                  mprotect buf[1] rw
                  store buf[1].1 data=Y
                require P.buf[1].0 == A and P.buf[2].0 == X and P.buf[1].1 == Y
                """;
        RunResult r = Runs.run(race(text), "linux-6.3");
        assertEquals(Verdict.HOLDS, r.verdict());
        Trace t = r.witness().orElseThrow();
        assertTrue(says(t, "__split_huge_pmd P.buf: 4 ptes -> page#1..; folio count 1->4"), words(t));
        assertTrue(says(t, "store: write fault on a read-only vma: SIGSEGV"), words(t));
        RunResult old = Runs.run(race(text), "linux-2.6.27");
        assertEquals(Verdict.HOLDS, old.verdict());
        assertTrue(says(old.witness().orElseThrow(), "split_huge_page page#1 into order-0 pages"));
    }

    @Test
    void munmapOfPartOfAThpZapsThoseSubpagesOnly() {
        String text = """
                scenario split-by-munmap
                process P
                map P.buf anon private rw pages=4 fill=A thp=pmd
                thread P.t
                  munmap buf[2-3]
                  load buf[3].0 -> r1
                  store buf[0].0 data=W
                require P.t.r1 == ! and P.buf[0].0 == W and P.buf[1].0 == A
                """;
        RunResult r = Runs.run(race(text), "linux-6.3");
        assertEquals(Verdict.HOLDS, r.verdict());
        assertTrue(says(r.witness().orElseThrow(), "zap P.buf[3], page_remove_rmap, put_page page#4 count 3->2"),
                words(r.witness().orElseThrow()));
    }

    // ------------------------------------------------------------------ khugepaged

    private static final String COLLAPSE = """
            scenario collapse
            process P
            map P.buf anon private rw pages=4 fill=A thp=pte
            thread P.t
              store buf[2].0 data=W
            kthread khugepaged
              collapse P.buf
            require P.buf[2].0 == W and P.buf[3].0 == A
            """;

    @Test
    void khugepagedCollapsesAPteMappedRange() {
        RunResult r = Runs.run(race(COLLAPSE), "linux-6.3");
        assertEquals(Verdict.HOLDS, r.verdict());
        assertTrue(says(r.witness().orElseThrow(), "collapse_huge_page: mmap_write_lock; pmdp_collapse_flush (IPI);"
                + " isolate ok"), words(r.witness().orElseThrow()));
    }

    @Test
    void collapseRefusesAPinnedPage() {
        String text = """
                scenario collapse-pinned
                process P
                map P.buf anon private rw pages=4 fill=A thp=pte
                thread P.t
                  pin buf[1] rw as p1
                  signal pinned
                  wait tried
                  dma_write p1 0 data=D
                  unpin p1
                kthread khugepaged
                  wait pinned
                  collapse P.buf
                  signal tried
                require P.buf[1].0 == D   "the DMA through the pin reaches the process"
                """;
        RunResult r = Runs.run(race(text), "linux-6.3");
        assertEquals(Verdict.HOLDS, r.verdict());
        assertTrue(says(r.witness().orElseThrow(), "SCAN_PAGE_COUNT: page#1 count 5 != mapcount 4"),
                words(r.witness().orElseThrow()));
    }

    @Test
    void collapseRacingWithGupFastIsRefusedOrComesFirst() {
        // O_DIRECT's gup_fast may take its reference between the scan and collapse_huge_page: the isolate
        // recheck refuses, so the DMA always lands in the page the process maps
        String text = """
                scenario collapse-vs-dio
                process P
                map P.buf anon private rw pages=4 fill=A thp=pte
                thread P.dio
                  dio_read buf[1].0 data=D
                kthread khugepaged
                  collapse P.buf
                require P.buf[1].0 == D
                """;
        assertEquals(Verdict.HOLDS, Runs.run(race(text), "linux-6.3").verdict());
        assertEquals(Verdict.HOLDS, Runs.run(race(text), "linux-2.6.27").verdict());
    }

    @Test
    void khugepagedNeedsVmHugepageAndMadvCollapseRespectsNohugepage() {
        String text = """
                scenario collapse-madvise
                process P
                map P.buf anon private rw pages=4 fill=A
                map P.b2 anon private rw pages=4 fill=B thp=pte
                thread P.t
                  madvise b2 nohugepage
                  collapse buf
                  signal done
                kthread khugepaged
                  wait done
                  collapse P.buf
                  collapse P.b2
                require P.buf[0].0 == A and P.b2[0].0 == B
                """;
        RunResult r = Runs.run(race(text), "linux-6.3");
        assertEquals(Verdict.HOLDS, r.verdict());
        Trace t = r.witness().orElseThrow();
        assertTrue(says(t, "madvise(MADV_COLLAPSE): mmap_read_lock; hpage_collapse_scan_pmd P.buf: suitable"), words(t));
        assertTrue(says(t, "khugepaged: hpage_collapse_scan_pmd P.buf: SCAN_PMD_MAPPED"), words(t));
        assertTrue(says(t, "khugepaged: hpage_collapse_scan_pmd P.b2: VM_NOHUGEPAGE"), words(t));
    }

    /** cow.c's khugepaged tests: collapse before fork(); copy_huge_pmd shares the new THP, the child COWs it. */
    @Test
    void collapseBeforeForkThenCowInTheChild() {
        String text = """
                scenario collapse-then-fork
                process P
                map P.buf anon private rw pages=4 fill=A thp=pte
                thread P.t
                  store buf[1].1 data=A   # the write fault makes subpage 1's pte writable (2.6.38 wants all)
                  collapse buf
                  fork C
                  signal forked
                  wait written
                  load buf[1].0 -> r1
                thread C.t
                  wait forked
                  store buf[1].0 data=X
                  signal written
                require P.t.r1 == A and C.buf[1].0 == X   "the child's write stays in the child"
                """;
        for (String s : new String[] {"linux-2.6.27", "linux-6.3"}) {
            RunResult r = Runs.run(race(text), s);
            assertEquals(Verdict.HOLDS, r.verdict(), s);
            Trace t = r.witness().orElseThrow();
            assertTrue(says(t, "collapse_huge_page: mmap_write_lock; pmdp_collapse_flush (IPI); isolate ok"), words(t));
            assertTrue(says(t, "copy_huge_pmd: get_page, page_dup_rmap(compound)"), words(t));
        }
    }

    /** After fork() every pte of the parent is read-only: the collapse refuses (SCAN_PAGE_RO). */
    @Test
    void collapseAfterForkRefusesAnAllReadOnlyRange() {
        String text = """
                scenario fork-then-collapse
                process P
                map P.buf anon private rw pages=4 fill=A thp=pte
                thread P.t
                  fork C
                  collapse buf
                  store buf[0].0 data=W
                require P.buf[0].0 == W and C.buf[0].0 == A
                """;
        RunResult r = Runs.run(race(text), "linux-6.3");
        assertEquals(Verdict.HOLDS, r.verdict());
        assertTrue(says(r.witness().orElseThrow(), "SCAN_PAGE_RO (no writable pte); no collapse"),
                words(r.witness().orElseThrow()));
    }

    /**
     * A range with one writable pte (the parent's COW copy) and three pages shared with the child:
     * 2.6.38 wants every pte writable and count 1; 5.8's is_refcount_suitable accepts shared pages, but
     * khugepaged stops at max_ptes_shared (half the subpages) while MADV_COLLAPSE has no such limit.
     */
    private static final String COLLAPSE_SHARED = """
            scenario collapse-shared
            process P
            map P.buf anon private rw pages=4 fill=A thp=pte
            thread P.t
              fork C
              store buf[0].0 data=W
              collapse buf
              signal done
            kthread khugepaged
              wait done
              collapse P.buf
            require P.buf[0].0 == W and P.buf[1].0 == A and C.buf[0].0 == A
            """;

    @Test
    void collapseOfAPartlySharedRangePerEra() {
        RunResult old = Runs.run(race(COLLAPSE_SHARED), "linux-2.6.27");
        assertEquals(Verdict.HOLDS, old.verdict());
        assertTrue(says(old.witness().orElseThrow(), "SCAN_PAGE_RO (2.6.38 wants every pte writable)"),
                words(old.witness().orElseThrow()));
        String viaKhugepaged = COLLAPSE_SHARED.replace("  collapse buf\n", "");
        RunResult k = Runs.run(race(viaKhugepaged), "linux-6.3");
        assertEquals(Verdict.HOLDS, k.verdict());
        assertTrue(says(k.witness().orElseThrow(), "SCAN_EXCEED_SHARED_PTE (3 shared > max_ptes_shared 2)"),
                words(k.witness().orElseThrow()));
        RunResult madv = Runs.run(race(COLLAPSE_SHARED), "linux-6.3");
        assertEquals(Verdict.HOLDS, madv.verdict());
        assertTrue(says(madv.witness().orElseThrow(), "madvise(MADV_COLLAPSE): collapse_huge_page: mmap_write_lock;"
                + " pmdp_collapse_flush (IPI); isolate ok"), words(madv.witness().orElseThrow()));
    }

    /**
     * 5.9's copy_huge_pmd checks maybe-pinned before it write-protects: a FOLL_PIN gup_fast through the
     * still-writable PMD in between is not seen, and the parent's next write COWs the pinned subpage away.
     * 5.11's write_protect_seq (57efa1fe5957) makes that gup_fast fall back to slow GUP.
     */
    private static final String FAST_PIN_VS_FORK = """
            scenario fast-pin-vs-copy-huge-pmd
            process P
            map P.buf anon private rw pages=4 fill=A thp=pmd
            thread P.io
              pin buf[0] rw fast as p1
              signal pinned
              wait forked
              dma_write p1 0 data=D
              unpin p1
            thread P.f
              fork C
              signal forked
            thread P.w
              wait pinned
              wait forked
              store buf[0].1 data=S
            require P.buf[0].0 == D   "the DMA through the pin reaches the parent"
            """;

    @Test
    void fastPinRacingCopyHugePmdIsLostIn59AndCaughtBySeqcountIn511() {
        RunResult r = Runs.run(race(FAST_PIN_VS_FORK), "linux-5.9");
        assertEquals(Verdict.VIOLATED, r.verdict());
        Violation v = r.violation(Oracle.ISOLATION, ViolationClass.WRONG_COW).orElseThrow();
        assertTrue(says(v.trace(), "copy_huge_pmd: has_pinned, page#1 _pincount 0 not pinned: share"),
                words(v.trace()));
        for (String s : new String[] {"linux-5.11", "linux-5.19"}) {
            assertEquals(Verdict.HOLDS, Runs.run(race(FAST_PIN_VS_FORK), s).verdict(), s);
        }
    }

    /** No rule depends on the number of subpages: 4 and 8 give the same verdicts. */
    @Test
    void verdictsDoNotDependOnTheNumberOfSubpages() {
        for (String text : new String[] {VMSPLICE_PMD, PINNED_FORK, RO_PIN_SHARED_PTE, BASIC_COW_PMD}) {
            String eight = text.replace("pages=4", "pages=8");
            for (String s : new String[] {"linux-2.6.27", "linux-5.8", "linux-5.9", "linux-5.19"}) {
                assertEquals(Runs.run(race(text), s).verdict(), Runs.run(race(eight), s).verdict(), s + "\n" + text);
            }
        }
    }

    /** cow.c "vmsplice() + unmap in child with single PTE-mapped THP": the folio's count rule copies (5.9+). */
    @Test
    void vmspliceOnASinglePteMappedThp() {
        String text = VMSPLICE_PMD.replace("thp=pmd", "thp=single-pte");
        assertEquals(Verdict.VIOLATED, Runs.run(race(text), "linux-2.6.27").verdict());
        for (String s : new String[] {"linux-5.9", "linux-5.19"}) {
            RunResult r = Runs.run(race(text), s);
            assertEquals(Verdict.HOLDS, r.verdict(), s);
        }
    }

    @Test
    void singlePteRegionOnlyMapsPageZero() {
        String text = """
                scenario single-pte-bad
                process P
                map P.buf anon private rw pages=4 fill=A thp=single-pte
                thread P.t
                  store buf[1].0 data=W
                """;
        RunResult r = Runs.run(race(text), "linux-6.3");
        assertEquals(Verdict.ERROR, r.verdict());
        assertTrue(r.error().orElseThrow().message().contains("only page 0 of a thp=single-pte region is mapped"));
    }

    // ------------------------------------------------------------------ swapout of a THP

    /** cow.c "Basic COW after fork() with swapped-out, PMD-mapped THP": split, swap out, swap in on access. */
    @Test
    void basicCowAfterForkWithASwappedOutPmdThp() {
        String text = """
                scenario basic-cow-swapped-thp
                process P
                map P.buf anon private rw pages=4 fill=A thp=pmd
                thread P.t
                  madvise buf pageout
                  fork C
                  store buf[1].0 data=W
                  signal stored
                thread C.t
                  wait stored
                  load buf[1].0 -> r1
                forbid C.t.r1 == W   "the child never sees the parent's store"
                require P.buf[1].0 == W
                """;
        for (String s : new String[] {"linux-2.6.27", "linux-5.9", "linux-6.3"}) {
            RunResult r = Runs.run(race(text), s);
            assertEquals(Verdict.HOLDS, r.verdict(), s);
            Trace t = r.witness().orElseThrow();
            assertTrue(says(t, "split_huge_page page#1 into order-0 pages") && says(t, "add_to_swap page#2"),
                    s + "\n" + words(t));
        }
    }

    @Test
    void reclaimDoesNotSplitAPinnedThp() {
        String text = """
                scenario pinned-thp-pageout
                process P
                map P.buf anon private rw pages=4 fill=A thp=pmd
                thread P.t
                  pin buf[0] rw as p1
                  madvise buf pageout
                  dma_write p1 0 data=D
                  unpin p1
                require P.buf[0].0 == D
                """;
        RunResult r = Runs.run(race(text), "linux-6.3");
        assertEquals(Verdict.HOLDS, r.verdict());
        assertTrue(says(r.witness().orElseThrow(), "split_huge_page: -EBUSY (count 2 != total mapcount 1"),
                words(r.witness().orElseThrow()));
    }

    // ------------------------------------------------------------------ refused scenarios

    @Test
    void ksmMergeOfAThpSubpageIsRefusedWithItsReason() {
        String text = """
                scenario ksm-thp
                process P
                map P.buf anon private rw pages=4 fill=A thp=pmd
                kthread ksmd
                  ksm_merge P.buf[0] P.buf[1]
                """;
        RunResult r = Runs.run(race(text), "linux-6.3");
        assertEquals(Verdict.ERROR, r.verdict());
        assertTrue(r.error().orElseThrow().message().startsWith("ksm_merge of a THP subpage is not supported"),
                r.error().orElseThrow().message());
    }
}
