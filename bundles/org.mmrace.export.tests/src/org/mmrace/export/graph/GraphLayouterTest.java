package org.mmrace.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mmrace.export.graph.internal.ElkSupport;
import org.mmrace.export.graph.internal.NodeText;
import org.mmrace.export.graph.internal.SampleGraphs;

class GraphLayouterTest {

    private final AwtTextMeasurer measurer = new AwtTextMeasurer();

    @ParameterizedTest
    @EnumSource(LayoutOptions.Flow.class)
    void noTwoNodesOverlapInTheCounterexample(LayoutOptions.Flow flow) {
        Graph graph = SampleGraphs.forkDioCounterexample();
        GraphLayout layout = new GraphLayouter(measurer, LayoutOptions.defaults().withFlow(flow)).layout(graph);
        assertNoOverlaps(graph, layout);
    }

    @Test
    void noTwoNodesOverlapInA500NodeGroupedGraph() {
        Graph graph = SampleGraphs.synthetic(500, true);
        assertEquals(500, graph.nodes().size());
        assertNoOverlaps(graph, new GraphLayouter(measurer).layout(graph));
    }

    @Test
    void noTwoNodesOverlapInA500NodeFlatGraph() {
        Graph graph = SampleGraphs.synthetic(500, false);
        assertNoOverlaps(graph, new GraphLayouter(measurer).layout(graph));
    }

    /**
     * Nodes that are not nested in each other must not overlap; a group box must enclose its
     * members; everything lies inside the drawing.
     */
    static void assertNoOverlaps(Graph graph, GraphLayout layout) {
        List<GraphNode> nodes = graph.nodes();
        for (GraphNode node : nodes) {
            Bounds box = layout.node(node.id()).orElseThrow();
            assertTrue(box.x() >= 0 && box.y() >= 0 && box.right() <= layout.width() + 0.01
                    && box.bottom() <= layout.height() + 0.01, node.id() + " " + box + " outside the drawing");
            node.group().ifPresent(group -> assertTrue(layout.node(group).orElseThrow().encloses(box),
                    "group " + group + " does not enclose " + node.id()));
        }
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                GraphNode a = nodes.get(i);
                GraphNode b = nodes.get(j);
                if (nested(graph, a, b) || nested(graph, b, a)) {
                    continue;
                }
                Bounds ba = layout.node(a.id()).orElseThrow();
                Bounds bb = layout.node(b.id()).orElseThrow();
                if (ba.overlaps(bb)) {
                    fail(a.id() + " " + ba + " overlaps " + b.id() + " " + bb);
                }
            }
        }
    }

    private static boolean nested(Graph graph, GraphNode inner, GraphNode outer) {
        for (var g = inner.group(); g.isPresent(); g = graph.node(g.get()).orElseThrow().group()) {
            if (g.get().equals(outer.id())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void nodesAreSizedToFitTheirLabels() {
        Graph graph = SampleGraphs.forkDioCounterexample();
        GraphLayout layout = new GraphLayouter(measurer).layout(graph);
        GraphNode page = graph.node("page1").orElseThrow();
        Bounds box = layout.node("page1").orElseThrow();
        double widest = page.lines().stream().mapToDouble(l -> measurer.width(l, true)).max().orElseThrow();
        assertTrue(box.width() >= widest + 2 * NodeText.PAD_X, "page1 box " + box + " narrower than its text");
        assertTrue(box.height() >= 4 * measurer.lineHeight() + 2 * NodeText.PAD_Y, "page1 box too low: " + box);
    }

    @Test
    void edgesRunFromTheirSourceToTheirTarget() {
        Graph graph = SampleGraphs.forkDioCounterexample();
        GraphLayout layout = new GraphLayouter(measurer).layout(graph);
        for (GraphEdge edge : graph.edges()) {
            EdgeRoute route = layout.edge(edge.id()).orElseThrow();
            Bounds source = layout.node(edge.source()).orElseThrow().expand(1);
            Bounds target = layout.node(edge.target()).orElseThrow().expand(1);
            assertTrue(source.contains(route.start().x(), route.start().y()),
                    edge.id() + " starts at " + route.start() + " outside " + source);
            assertTrue(target.contains(route.end().x(), route.end().y()),
                    edge.id() + " ends at " + route.end() + " outside " + target);
            assertEquals(!edge.label().isEmpty(), route.label().isPresent(), edge.id() + " label box");
        }
    }

    @Test
    void edgeLabelsDoNotOverlapNodes() {
        Graph graph = SampleGraphs.forkDioCounterexample();
        GraphLayout layout = new GraphLayouter(measurer).layout(graph);
        for (GraphEdge edge : graph.edges()) {
            layout.edge(edge.id()).orElseThrow().label().ifPresent(label -> {
                for (GraphNode node : graph.nodes()) {
                    if (!graph.isGroup(node.id())) {
                        assertTrue(!label.overlaps(layout.node(node.id()).orElseThrow()),
                                "label of " + edge.id() + " overlaps " + node.id());
                    }
                }
            });
        }
    }

    @Test
    void layoutIsDeterministic() {
        Graph graph = SampleGraphs.synthetic(300, true);
        GraphLayout first = new GraphLayouter(measurer).layout(graph);
        GraphLayout second = new GraphLayouter(new AwtTextMeasurer()).layout(graph);
        assertEquals(first, second);
    }

    @Test
    void twoLayoutsInParallelDoNotInterfere() throws Exception {
        Graph a = SampleGraphs.synthetic(200, true);
        Graph b = SampleGraphs.forkDioCounterexample();
        GraphLayout expectedA = new GraphLayouter(measurer).layout(a);
        GraphLayout expectedB = new GraphLayouter(measurer).layout(b);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<GraphLayout>> as = new ArrayList<>();
            List<Future<GraphLayout>> bs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                as.add(pool.submit(() -> new GraphLayouter(new AwtTextMeasurer()).layout(a)));
                bs.add(pool.submit(() -> new GraphLayouter(new AwtTextMeasurer()).layout(b)));
            }
            for (int i = 0; i < 4; i++) {
                assertEquals(expectedA, as.get(i).get());
                assertEquals(expectedB, bs.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registeringTheLayeredAlgorithmTwiceKeepsOneRegistration() {
        ElkSupport.ensureLayeredRegistered();
        var first = LayoutMetaDataService.getInstance().getAlgorithmData(LayeredOptions.ALGORITHM_ID);
        ElkSupport.ensureLayeredRegistered();
        assertNotNull(first);
        assertTrue(first == LayoutMetaDataService.getInstance().getAlgorithmData(LayeredOptions.ALGORITHM_ID));
    }

    /**
     * A step changes one page's counts and flags, which widens its box: the relayout must not
     * reshuffle the picture. Every other node moves at most by about the growth of the changed
     * box (neighbours make room for it); a reshuffle would move nodes by hundreds of pixels.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = { false, true })
    void relayoutAfterALabelChangeMovesOtherNodesOnlySlightly(boolean grouped) {
        Graph before = SampleGraphs.synthetic(120, grouped);
        GraphLayouter layouter = new GraphLayouter(measurer);
        GraphLayout old = layouter.layout(before);
        Graph.Builder b = Graph.builder().title(before.title());
        before.nodes().forEach(n -> b.node(n.id().equals("page0")
                ? n.withLines(List.of("page#0", "count 1026 map 2 PIN EXCL", "D A A A A A A W")) : n));
        before.edges().forEach(b::edge);
        GraphLayout fresh = layouter.layout(b.build());
        double grown = fresh.node("page0").orElseThrow().width() - old.node("page0").orElseThrow().width();
        assertTrue(grown > 30, "the change widens page0 by " + grown);
        for (GraphNode node : before.nodes()) {
            Bounds was = old.node(node.id()).orElseThrow();
            Bounds is = fresh.node(node.id()).orElseThrow();
            double moved = Math.hypot(is.x() - was.x(), is.y() - was.y());
            assertTrue(moved <= grown + 10, node.id() + " jumped by " + moved + " px; page0 grew by " + grown);
        }
    }

    @Test
    void labelsWithQuotesControlCharactersAndSelfLoopsLayOut() {
        Graph graph = TestGraphs.nastyLabels();
        GraphLayout layout = new GraphLayouter(measurer).layout(graph);
        assertNoOverlaps(graph, layout);
        assertEquals(graph.edges().size(), layout.edges().size());
    }
}
