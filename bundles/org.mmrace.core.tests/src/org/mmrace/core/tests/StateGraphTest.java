package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mmrace.core.bench.Family;
import org.mmrace.core.graph.GraphResult;
import org.mmrace.core.graph.StateGraph;
import org.mmrace.core.graph.ViolationKey;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.core.run.ViolationClass;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.trace.Trace;

/** The state graph the state-space view draws agrees with the run the explorer reports. */
class StateGraphTest {

    private static StateGraph graph(ScenarioSpec spec, String strategy) {
        GraphResult r = Explorer.exploreGraph(spec, strategy, Explorer.GRAPH_MAX_STATES, CancellationToken.none());
        return assertInstanceOf(StateGraph.class, r, String.valueOf(r));
    }

    @Test
    void theSeedRaceGraphHasTheRunsStatesFinalsAndShortestCounterexamples() {
        // the seed under 2.6.27: DIO before fork, the writer's COW copy, the DMA to the child's page
        ScenarioSpec spec = Library.load("odirect-fork-writer.race");
        RunResult run = Runs.run(spec, "linux-2.6.27");
        StateGraph g = graph(spec, "linux-2.6.27");
        assertEquals(run.stats().distinct(), g.nodes().size(), "one node per distinct state");
        assertEquals(run.stats().transitions(), g.edges().size(), "one edge per enabled step");
        assertEquals(run.stats().finalStates(), g.nodes().stream().filter(StateGraph.Node::finalState).count());
        assertEquals(run.stats().maxDepth(), g.nodes().get(g.nodes().size() - 1).depth());
        // one counterexample per (oracle, class) and per violated condition, as the run reports them,
        // and each as long as the run's shortest trace
        Set<String> runKeys = run.violations().stream().map(StateGraphTest::words).collect(Collectors.toSet());
        Set<String> graphKeys = g.counterexamples().stream().map(c -> c.key().words()).collect(Collectors.toSet());
        assertEquals(runKeys, graphKeys);
        for (Violation v : run.violations()) {
            StateGraph.Counterexample c = g.counterexamples().stream().filter(x -> x.key().words().equals(words(v)))
                    .findFirst().orElseThrow();
            assertEquals(v.trace().steps().size(), c.nodeIds().size() - 1, words(v));
            assertEquals(c.edgeIndices().size(), c.nodeIds().size() - 1);
            for (int j = 0; j < c.edgeIndices().size(); j++) {
                StateGraph.Edge e = g.edges().get(c.edgeIndices().get(j));
                assertEquals(c.nodeIds().get(j), e.from());
                assertEquals(c.nodeIds().get(j + 1), e.to());
            }
            int last = c.nodeIds().get(c.nodeIds().size() - 1);
            assertTrue(g.nodes().get(last).violations().contains(c.key()));
            // the counterexample replays as the run's shortest trace for that key, step for step
            Trace t = g.trace(c);
            assertEquals(v.trace().steps().stream().map(s -> s.thread() + ": " + s.kernelStep()).toList(),
                    t.steps().stream().map(s -> s.thread() + ": " + s.kernelStep()).toList());
            // traceTo gives the node's own shortest path: never longer
            assertTrue(g.traceTo(last).steps().size() <= t.steps().size());
        }
        assertTrue(g.counterexampleNodeIds().contains(0));
    }

    private static String words(Violation v) {
        return new ViolationKey(v.oracle(), v.violationClass(), v.condition()).words();
    }

    @Test
    void edgesConnectConsecutiveDepthsOrEarlierOnesAndCarryKernelWords() {
        StateGraph g = graph(Library.load("odirect-fork-writer.race"), "linux-5.9");
        for (StateGraph.Edge e : g.edges()) {
            int df = g.nodes().get(e.from()).depth();
            int dt = g.nodes().get(e.to()).depth();
            assertTrue(dt <= df + 1, "BFS depth: " + e);
            assertFalse(e.kernelStep().isEmpty(), "every step has a label: " + e);
            assertEquals(e.device(), e.thread().equals("device"));
        }
        assertTrue(g.edges().stream().anyMatch(e -> e.kernelStep().startsWith("copy_one_pte")
                || e.kernelStep().contains("copy_present_pte")), "fork's pte copy is a step");
        // a final state has no outgoing edge
        Set<Integer> withOut = g.edges().stream().map(StateGraph.Edge::from).collect(Collectors.toSet());
        g.nodes().stream().filter(StateGraph.Node::finalState).forEach(n -> assertFalse(withOut.contains(n.id())));
    }

    @Test
    void aHoldingRunHasNoViolatingNodeAndTracesToAFinalState() {
        // linux-6.3: O_DIRECT pins, fork copies for the child: nothing violated
        StateGraph g = graph(Library.load("odirect-fork-writer.race"), "linux-6.3");
        assertTrue(g.nodes().stream().noneMatch(StateGraph.Node::violating));
        assertTrue(g.counterexamples().isEmpty());
        StateGraph.Node fin = g.nodes().stream().filter(StateGraph.Node::finalState).findFirst().orElseThrow();
        assertEquals(fin.depth(), g.traceTo(fin.id()).steps().size());
        assertEquals(0, g.traceTo(0).steps().size());
    }

    @Test
    void aRunLargerThanTheLimitSaysSoInsteadOfAGraph() {
        GraphResult r = Explorer.exploreGraph(Family.scenario(2, 2, 1), "linux-2.6.27", Explorer.GRAPH_MAX_STATES,
                CancellationToken.none());
        GraphResult.TooLarge t = assertInstanceOf(GraphResult.TooLarge.class, r);
        assertEquals(5_000, t.maxStates());
        assertTrue(t.message().contains("more than 5000 distinct states"), t.message());
    }

    @Test
    void badInputIsAFailureWithAMessage() {
        GraphResult r = Explorer.exploreGraph(Library.load("odirect-fork-writer.race"), "linux-9.99", 100,
                CancellationToken.none());
        GraphResult.Failed f = assertInstanceOf(GraphResult.Failed.class, r);
        assertTrue(f.error().message().contains("linux-9.99"), f.error().message());
    }

    @Test
    void aCancelledTokenStopsTheGraph() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertInstanceOf(GraphResult.Cancelled.class, Explorer.exploreGraph(Library.load("ksm-odirect.race"),
                "linux-2.6.27", 5_000, token));
    }

    @Test
    void aDeadlockIsMarkedOnItsNode() {
        // two threads each waiting for the other's signal: the initial state is the only one, a deadlock
        ScenarioSpec spec = ScenarioSpec.builder("each-waits").process("P")
                .map("P.buf", org.mmrace.core.spec.Sharing.PRIVATE, org.mmrace.core.spec.Prot.RW, 1, "A")
                .thread("P.a").waitFor("x").signal("y")
                .thread("P.b").waitFor("y").signal("x").build();
        StateGraph g = graph(spec, "linux-2.6.27");
        List<StateGraph.Node> dead = g.nodes().stream().filter(StateGraph.Node::deadlock).toList();
        assertEquals(1, dead.size());
        assertTrue(dead.get(0).violations().contains(ViolationKey.of(Oracle.DEADLOCK, ViolationClass.DEADLOCK)));
    }

    @Test
    void noIpiFlushOfTheMmCompletesWhileGupFastHasIrqsOff() {
        // docs/semantics.md: "only flushes that the kernel does by IPI wait for gup_fast's irqs-off section";
        // do_wp_page's ptep_clear_flush and mprotect's flush_tlb_range are such flushes (the lead's
        // ruling, docs/semantics-notes.md "IPI flushes"). No edge doing one may leave a state in which a
        // gup_fast of the same mm is between its pte read and its reference or recheck. (A flush in C
        // while P's gup_fast has irqs off is fine: the IPI goes to C's CPUs.)
        ScenarioSpec spec = ScenarioSpec.builder("flushes").process("P")
                .map("P.buf", org.mmrace.core.spec.Sharing.PRIVATE, org.mmrace.core.spec.Prot.RW, 1, "A")
                .thread("P.dio").dioRead("buf[0].0", 'D')
                .thread("P.t").mprotect("buf", org.mmrace.core.spec.Prot.RO)
                .mprotect("buf", org.mmrace.core.spec.Prot.RW).store("buf[0].7", 'W')
                .thread("P.forker").fork("C")
                .thread("C.main").store("buf[0].1", 'X').build();
        for (String id : List.of("linux-2.6.27", "pg-gup-2009", "linux-5.9")) {
            StateGraph g = graph(spec, id);
            int flushes = 0;
            for (StateGraph.Edge e : g.edges()) {
                boolean ipi = e.kernelStep().contains("flush_tlb_range (IPI)")
                        || e.kernelStep().contains("pte_same: ptep_clear_flush (IPI)");
                if (!ipi) {
                    continue;
                }
                flushes++;
                List<org.mmrace.core.trace.TraceStep> steps = g.traceTo(e.from()).steps();
                List<String> locks = steps.isEmpty() ? List.of() : steps.get(steps.size() - 1).locksHeld();
                // the flush goes to the CPUs of the faulting / mprotecting thread's own mm (no forced
                // child COW under these strategies): only a gup_fast of that mm can hold it up
                String mm = e.thread().substring(0, e.thread().indexOf('.'));
                assertTrue(locks.stream().noneMatch(l -> l.startsWith("irqs-off(" + mm + ")")),
                        id + ": " + e.kernelStep() + " while " + locks);
            }
            assertTrue(flushes > 0, id + ": the scenario exercises the flushes");
            // and gup_fast's irqs-off section does occur in the graph: the wait is not vacuous
            assertTrue(g.edges().stream().anyMatch(e -> e.kernelStep().contains("local_irq_disable")), id);
        }
    }
}
