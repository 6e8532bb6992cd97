package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmrace.core.run.Observation;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.run.ViolationClass;

/**
 * The isolation oracle's window (SEMANTICS section 4): a DIO write's DMA and a pipe read may see,
 * per sector, any value the owner's logical memory held between the taking of the reference and the
 * read; a value the owner never held there is a violation; a dma_read through a pin keeps the exact rule.
 */
class WindowedReadOracleTest {

    /**
     * The owner's own store races with its O_DIRECT write of the same sector: the application's race.
     * mprotect ro and back leaves the pte read-only, so the store takes do_wp_page.
     */
    private static final String DIO_WRITE_OWN_STORE = """
            scenario dio-write-own-store
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.dio
              mprotect buf ro
              mprotect buf rw
              signal ptes_ro
              dio_write buf[0].0 file=F
            thread P.writer
              wait ptes_ro
              store buf[0].0 data=W
            observe F[0].0 == A   "the file gets the data from before the store"
            """;

    @Test
    void oDirectWriteWhoseDmaMissesTheOwnersLaterStoreHolds() {
        // 5.9: the store's write fault sees count 2 (mapping + the DIO's FOLL_GET) and copies; the DMA
        // reads A from the old page while P holds W: before the window rule a wrong COW, now the
        // value P held when GUP took the reference. 2.6.27 reuses (mapcount 1): the DMA reads A or W.
        for (String id : List.of("linux-2.6.27", "linux-5.9", "linux-6.3")) {
            RunResult r = Runs.run(Library.parse("dio-write-own-store.race", DIO_WRITE_OWN_STORE), id);
            assertEquals(Verdict.HOLDS, r.verdict(), id + ": " + r.violations());
            assertEquals(Observation.SOMETIMES, r.conditions().get(0).observation(), id);
        }
    }

    @Test
    void theCopyThatLeavesTheDioWithTheOldPageIsStillMade() {
        // the window does not hide the copy: 5.9 counts the DIO's reference and copies, an unnecessary
        // COW from the engine's point of view (nobody else references the page)
        RunResult r = Runs.run(Library.parse("dio-write-own-store.race", DIO_WRITE_OWN_STORE), "linux-5.9");
        assertTrue(r.unnecessaryCows() > 0, "count 2 != 1: copy");
    }

    /** CVE-2020-29374: the child's pipe reads the parent's store, a value the child never held. */
    private static final String VMSPLICE_LEAK = """
            scenario vmsplice-leak
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.t
              fork C
              wait G
              store buf[0].0 data=S
            thread C.t
              vmsplice buf[0] pipe=p
              munmap buf
              signal G
              pipe_read p -> r1
            forbid C.t.r1 == S   "the child reads the parent's later data"
            """;

    @Test
    void vmspliceReadingTheParentsDataIsStillAMissedCow() {
        RunResult r = Runs.run(Library.parse("vmsplice-leak.race", VMSPLICE_LEAK), "linux-2.6.27");
        assertEquals(Verdict.VIOLATED, r.verdict());
        Violation v = r.violation(Oracle.ISOLATION, ViolationClass.MISSED_COW).orElseThrow();
        assertEquals("C", v.process().orElseThrow());
        assertEquals("A", v.expected().orElseThrow());
        assertEquals("S", v.seen().orElseThrow());
        assertTrue(v.message().contains("never held S since the reference was taken"), v.message());
    }

    /** The owner stores after vmsplicing: its pipe may carry the old or the new data. */
    private static final String VMSPLICE_OWN_STORE = """
            scenario vmsplice-own-store
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.t
              mprotect buf ro
              mprotect buf rw
              vmsplice buf[0].0 pipe=p
              store buf[0].0 data=W
              pipe_read p -> r1
            observe P.t.r1 == W   "the pipe sees the store"
            """;

    @Test
    void vmspliceOwnersLaterStoreMayBeMissedByThePipe() {
        // 5.9: count 2 (the pipe's FOLL_GET) != 1: copy; the pipe keeps A, which P held at vmsplice
        RunResult r = Runs.run(Library.parse("vmsplice-own-store.race", VMSPLICE_OWN_STORE), "linux-5.9");
        assertEquals(Verdict.HOLDS, r.verdict(), String.valueOf(r.violations()));
        assertEquals(Observation.NEVER, r.conditions().get(0).observation());
    }

    /** A R/O pin must see the owner's later store: the exact rule ("R/O pins are reliable", 5.19). */
    private static final String RO_PIN_OWN_STORE = """
            scenario ro-pin-own-store
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.t
              mprotect buf ro
              mprotect buf rw
              pin buf[0] ro as pin1
              store buf[0].0 data=W
              dma_read pin1 0 -> r1
              unpin pin1
            """;

    @Test
    void dmaReadThroughAPinKeepsTheExactRule() {
        // 5.9: count 1025 (FOLL_PIN) != 1: copy; the pin keeps the stale page: wrong COW
        RunResult r = Runs.run(Library.parse("ro-pin-own-store.race", RO_PIN_OWN_STORE), "linux-5.9");
        assertEquals(Verdict.VIOLATED, r.verdict());
        Violation v = r.violation(Oracle.ISOLATION, ViolationClass.WRONG_COW).orElseThrow();
        assertEquals("W", v.expected().orElseThrow());
        assertEquals("A", v.seen().orElseThrow());
        // 5.19: the page never was shared: PageAnonExclusive, reuse; the pin sees W
        assertEquals(Verdict.HOLDS, Runs.run(Library.parse("ro-pin-own-store.race", RO_PIN_OWN_STORE), "linux-5.19")
                .verdict());
    }
}
