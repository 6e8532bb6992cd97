package org.mmrace.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmrace.export.graph.internal.SampleGraphs;

class GraphTest {

    @Test
    void duplicateNodeIdIsRejectedWithTheId() {
        Graph.Builder b = Graph.builder().node("a", NodeStyle.DEFAULT, "a").node("a", NodeStyle.DEFAULT, "b");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("duplicate node id 'a'", e.getMessage());
    }

    @Test
    void edgeToUnknownNodeIsRejectedWithTheNode() {
        Graph.Builder b = Graph.builder().node("a", NodeStyle.DEFAULT, "a").edge("a", "zz", "", EdgeStyle.DEFAULT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("edge 'a->zz' connects unknown node 'zz'", e.getMessage());
    }

    @Test
    void cyclicGroupsAreRejected() {
        Graph.Builder b = Graph.builder().node(GraphNode.of("a", NodeStyle.GROUP, "a").inGroup("b"))
                .node(GraphNode.of("b", NodeStyle.GROUP, "b").inGroup("a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().startsWith("groups nest cyclically"), e.getMessage());
    }

    @Test
    void parallelEdgesGetDistinctIds() {
        Graph g = Graph.builder().node("a", NodeStyle.DEFAULT, "a").node("b", NodeStyle.DEFAULT, "b")
                .edge("a", "b", "x", EdgeStyle.DEFAULT).edge("a", "b", "y", EdgeStyle.DEFAULT).build();
        assertEquals(List.of("a->b", "a->b#2"), g.edges().stream().map(GraphEdge::id).toList());
    }

    @Test
    void groupsChildrenAndDepthFollowMembership() {
        Graph g = SampleGraphs.forkDioCounterexample();
        assertTrue(g.isGroup("P"));
        assertFalse(g.isGroup("page1"));
        assertEquals(List.of("P.buf", "P.dio", "P.pte1", "P.pte2"),
                g.children("P").stream().map(GraphNode::id).toList());
        assertEquals(1, g.depth("P.pte1"));
        assertEquals(0, g.depth("page1"));
    }

    @Test
    void labelsAndStylesAreCopiedNotShared() {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>(List.of("page#1"));
        GraphNode node = new GraphNode("p", lines, NodeStyle.DEFAULT, java.util.Optional.empty(),
                java.util.Optional.empty());
        lines.add("count 3 map 2");
        assertEquals(List.of("page#1"), node.lines());
    }

    @Test
    void rgbRoundTripsThroughHex() {
        assertEquals("#d0021b", Rgb.hex("#D0021B").toHex());
        assertThrows(IllegalArgumentException.class, () -> Rgb.hex("d0021b"));
    }
}
