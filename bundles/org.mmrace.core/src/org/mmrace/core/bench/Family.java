package org.mmrace.core.bench;

import org.mmrace.core.spec.Prot;
import org.mmrace.core.spec.ScenarioBuilder;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.Sharing;

/**
 * The scaling family built from the seed race (odirect-fork-writer): one O_DIRECT reader per page,
 * {@code writers} threads each storing into every page, {@code forks} threads each forking.
 */
public final class Family {
    private Family() {
    }

    /**
     * The seed race on a PMD-mapped THP of {@code subpages} subpages: the O_DIRECT read targets subpage 0,
     * two writers subpages 1, 0 and 2 (the same folio), two forks (copy_huge_pmd, do_huge_pmd_wp_page, the PMD split).
     */
    public static ScenarioSpec thp(int subpages) {
        return ScenarioSpec.builder("seed-thp-pmd" + subpages)
                .title("odirect-fork-writer on a PMD-mapped THP of " + subpages + " subpages")
                .process("P").mapThp("P.buf", Prot.RW, subpages, "A", org.mmrace.core.spec.ThpMode.PMD)
                .thread("P.dio").dioRead("buf[0].0", 'D')
                .thread("P.writer0").store("buf[1].7", 'W').store("buf[0].7", 'W')
                .thread("P.writer1").store("buf[2].7", 'W')
                .thread("P.forker0").fork("C0")
                .thread("P.forker1").fork("C1")
                .require("P.buf[0].0 == D", "the O_DIRECT read lands").build();
    }

    public static ScenarioSpec scenario(int writers, int pages, int forks) {
        ScenarioBuilder b = ScenarioSpec.builder("seed-w" + writers + "-p" + pages + "-f" + forks)
                .title("odirect-fork-writer scaled: " + writers + " writer(s), " + pages + " page(s), " + forks
                        + " fork(s)")
                .process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, pages, "A");
        b.thread("P.dio");
        for (int i = 0; i < pages; i++) {
            b.dioRead("buf[" + i + "].0", 'D');
        }
        for (int w = 0; w < writers; w++) {
            b.thread("P.writer" + w);
            for (int i = 0; i < pages; i++) {
                b.store("buf[" + ((i + w) % pages) + "].7", 'W');
            }
        }
        for (int f = 0; f < forks; f++) {
            b.thread("P.forker" + f).fork("C" + f);
        }
        for (int i = 0; i < pages; i++) {
            b.require("P.buf[" + i + "].0 == D", "the O_DIRECT read of page " + i + " lands");
        }
        return b.build();
    }
}
