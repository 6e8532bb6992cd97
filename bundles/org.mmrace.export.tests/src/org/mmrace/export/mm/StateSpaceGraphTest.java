package org.mmrace.export.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.export.graph.EdgeStyle;
import org.mmrace.export.graph.GraphEdge;
import org.mmrace.export.graph.GraphNode;
import org.mmrace.export.graph.NodeStyle;

class StateSpaceGraphTest {

    /**
     * SEMANTICS: under 2.6.27 the seed has a missed COW (DMA lands before the writer faults, the child
     * sees D), a wrong COW and the failed require (the writer's fault gives P a copy first). The
     * wrong-COW and require traces pass through equal states, so they share nodes.
     */
    @Test
    void unionOfTheViolationTracesIsADagOfDistinctStatesWithRedFinalsAndTheShortestBold() {
        RunResult r = SeedRuns.run("linux-2.6.27");
        assertEquals(Verdict.VIOLATED, r.verdict());
        StateSpaceGraph.StateSpace space = StateSpaceGraph.of(r);
        assertTrue(space.tooLarge().isEmpty());
        java.util.Set<Object> distinct = new java.util.HashSet<>();
        for (Violation v : r.violations()) {
            distinct.add(v.trace().initial());
            v.trace().steps().forEach(s -> distinct.add(s.after()));
        }
        r.witness().ifPresent(w -> {
            distinct.add(w.initial());
            w.steps().forEach(s -> distinct.add(s.after()));
        });
        assertEquals(distinct.size(), space.graph().nodes().size());
        List<GraphNode> red = space.graph().nodes().stream().filter(n -> n.style().equals(NodeStyle.BUG)).toList();
        long finals = r.violations().stream().map(v -> v.trace().last()).distinct().count();
        assertEquals(finals, red.size());
        Violation shortest = r.violations().stream().min(java.util.Comparator.comparingInt(v -> v.trace().length()))
                .orElseThrow();
        List<GraphEdge> bold = space.graph().edges().stream().filter(e -> e.style().width() > 2).toList();
        assertEquals(shortest.trace().length(), bold.size());
        TraceStep first = shortest.trace().steps().get(0);
        assertTrue(bold.stream().anyMatch(e -> e.label().startsWith(first.thread() + ": ")), bold.toString());
        assertTrue(space.summary().contains("of the " + r.stats().distinct() + " distinct states"), space.summary());
    }

    @Test
    void aRunLargerThanTheLimitSaysWhyItIsNotDrawn() {
        RunResult r = SeedRuns.run("linux-2.6.27");
        StateSpaceGraph.StateSpace space = StateSpaceGraph.of(r, 3);
        assertTrue(space.graph().nodes().isEmpty());
        assertTrue(space.summary().startsWith("Not drawn: "), space.summary());
        assertTrue(space.summary().contains("more than the 3 a readable drawing can hold"), space.summary());
    }

    /** The moment of the lost read: io0 still targets page#1, P's pte at buf[0] maps the copy. */
    @Test
    void partingNamesTheRequestAndTheOwnersPteThatMovedToTheCopy() {
        RunResult r = SeedRuns.run("linux-2.6.27");
        Optional<Parting> parting = r.violations().stream().flatMap(v -> v.trace().steps().stream())
                .flatMap(s -> Parting.in(s.after()).stream()).filter(p -> p.ownerPte().isPresent()).findFirst();
        assertTrue(parting.isPresent());
        assertEquals("io0", parting.get().reference());
        assertEquals(Optional.of("P.buf[0]"), parting.get().ownerPte());
        assertTrue(parting.get().referenced() != parting.get().ownerPfn());
        assertTrue(parting.get().describe().endsWith("they parted"), parting.get().describe());
    }

    /** SEMANTICS: brlock-2008 excludes gup_fast from fork: no reference ever parts from its owner. */
    @Test
    void underBrlockNoReferencePartsAlongTheWitness() {
        RunResult r = SeedRuns.run("brlock-2008");
        assertEquals(Verdict.HOLDS, r.verdict());
        assertTrue(r.witness().orElseThrow().steps().stream().allMatch(s -> Parting.in(s.after()).isEmpty()));
        assertEquals(EdgeStyle.DEFAULT.width(), StateSpaceGraph.of(r).graph().edges().get(0).style().width());
    }
}
