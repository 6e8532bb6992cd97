package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmrace.core.bench.Family;
import org.mmrace.core.internal.Config;
import org.mmrace.core.internal.FrameSymmetry;
import org.mmrace.core.internal.Model;
import org.mmrace.core.internal.Search;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.strategy.Strategies;

/**
 * The representative {@link FrameSymmetry} picks is canonical: every state reached, renamed by a random
 * permutation of its page frames, gets the same representative, and a representative is its own. The
 * renaming here is written independently of FrameSymmetry (from the model's field tables), so a pfn
 * field the symmetry forgot to rewrite makes the renamed state's representative differ.
 */
class FrameSymmetryTest {

    private static Model model(ScenarioSpec spec, String strategy) throws Exception {
        return new Model(spec, new Config(Strategies.resolve(strategy, spec.strategies())));
    }

    /** The state with frame p renamed to perm[p] (perm[0] == 0). */
    static long[] rename(Model m, long[] s, int[] perm) {
        long[] t = s.clone();
        var L = m.layout;
        for (int f = 0; f < L.fieldCount(); f++) {
            String n = L.name(f);
            boolean pfn = n.endsWith(".pfn") || n.endsWith(".pa") || n.endsWith(".pb");
            if (pfn) {
                L.set(t, f, perm[L.get(s, f)]);
            }
        }
        for (int p = 1; p <= m.maxPages; p++) {
            String from = "page#" + p + ".";
            String to = "page#" + perm[p] + ".";
            for (int f = 0; f < L.fieldCount(); f++) {
                if (L.name(f).startsWith(from)) {
                    int g = -1;
                    for (int h = 0; h < L.fieldCount(); h++) {
                        if (L.name(h).equals(to + L.name(f).substring(from.length()))) {
                            g = h;
                        }
                    }
                    L.set(t, g, L.get(s, f));
                }
            }
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux-2.6.27", "forcecow-2008", "linux-5.9", "linux-6.3"})
    void theRepresentativeDoesNotDependOnFrameNumbers(String strategy) throws Exception {
        for (ScenarioSpec spec : List.of(Family.scenario(2, 2, 1), Library.load("ksm-odirect.race"),
                Library.load("cow-iouring-fork-swap.race"), Library.load("cow-vmsplice-before-fork-unmap-parent-swap.race"))) {
            Model m = model(spec, strategy);
            FrameSymmetry sym = FrameSymmetry.forModel(m);
            assertNotNull(sym, spec.name());
            Search search = new Search(m, new ExploreOptions(200_000, Duration.ofMinutes(1), 1, false)
                    .withReduction(false), ProgressListener.NONE, CancellationToken.none(), false);
            search.run();
            var x = sym.scratch(m.words);
            Random rnd = new Random(42);
            long[] s = new long[m.words];
            long changed = 0;
            for (long i = 0; i < search.distinct(); i += 1 + rnd.nextInt(7)) {
                search.load(i, s);
                long[] rep = s.clone();
                if (sym.canonicalize(rep, x)) {
                    changed++;
                }
                long[] again = rep.clone();
                assertFalse(sym.canonicalize(again, x), "a representative is its own");
                List<Integer> frames = new ArrayList<>();
                for (int p = 1; p <= m.maxPages; p++) {
                    frames.add(p);
                }
                Collections.shuffle(frames, rnd);
                int[] perm = new int[m.maxPages + 1];
                for (int p = 1; p <= m.maxPages; p++) {
                    perm[p] = frames.get(p - 1);
                }
                long[] renamed = rename(m, s, perm);
                sym.canonicalize(renamed, x);
                assertArrayEquals(rep, renamed, spec.name() + " state " + i + " renamed by " + frames);
            }
            assertTrue(changed > 0 || search.distinct() < 50, spec.name() + ": some reached states are renamed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux-2.6.38", "linux-6.18"})
    void largeFoliosKeepTheirFrames(String strategy) throws Exception {
        Model m = model(Family.thp(4), strategy);
        assertNull(FrameSymmetry.forModel(m), "a folio's frames are fixed slots");
        assertEquals(m.thp != null, true);
    }
}
