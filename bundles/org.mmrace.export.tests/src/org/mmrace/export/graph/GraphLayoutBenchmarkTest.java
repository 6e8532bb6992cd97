package org.mmrace.export.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.junit.jupiter.api.Test;
import org.mmrace.export.graph.internal.GraphLayoutBenchmark;

/** The benchmark keeps working (no timing asserted: figures go to docs/performance.md). */
class GraphLayoutBenchmarkTest {

    @Test
    void benchmarkPrintsOneRowPerSizeAndShape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphLayoutBenchmark.run(new int[] { 30 }, new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        for (String shape : new String[] { "pairs", "pairs-flat", "connected", "conn-flat" }) {
            assertTrue(text.lines().anyMatch(l -> l.matches(shape + " +30 .*")), shape + " missing in\n" + text);
        }
    }
}
