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
