package org.mmrace.export.mm;

import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.spec.Prot;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.Sharing;

/** The seed scenario (odirect-fork-writer), built in code, run by the engine. */
final class SeedRuns {

    private SeedRuns() {
    }

    static ScenarioSpec seed() {
        return ScenarioSpec.builder("odirect-fork-writer")
                .process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.dio").dioRead("buf[0].0", 'D')
                .thread("P.writer").store("buf[0].7", 'W')
                .thread("P.forker").fork("C")
                .require("P.buf[0].0 == D", "the O_DIRECT read lands in the reader's memory")
                .build();
    }

    static RunResult run(String strategy) {
        return Explorer.explore(seed(), strategy, ExploreOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none());
    }
}
