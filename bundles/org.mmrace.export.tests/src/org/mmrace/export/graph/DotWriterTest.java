package org.mmrace.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmrace.export.graph.internal.SampleGraphs;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class DotWriterTest {

    @Test
    void graphvizAcceptsTheCounterexampleAndDrawsEveryNodeEdgeAndCluster() throws Exception {
        Graph graph = SampleGraphs.forkDioCounterexample();
        Graphviz.Result result = Graphviz.dot("svg", new DotWriter().write(graph));
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", result.stderr().strip());
        Document svg = SvgWriterTest.parse(result.stdout());
        List<String> classes = SvgWriterTest.groupClasses(svg);
        // Graphviz: one g.node per leaf, one g.cluster per group, one g.edge per edge.
        assertEquals(11, classes.stream().filter("node"::equals).count());
        assertEquals(2, classes.stream().filter("cluster"::equals).count());
        assertEquals(graph.edges().size(), classes.stream().filter("edge"::equals).count());
        String text = SvgWriterTest.allText(svg);
        assertTrue(text.contains("FOLL_PIN +1024"), text);
        assertTrue(text.contains("count 1025 map 1"), text);
        assertTrue(text.contains("process C (pid 101, child)"), text);
    }

    @Test
    void theBugEdgeIsRedAndBold() {
        String dot = new DotWriter().write(SampleGraphs.forkDioCounterexample());
        assertTrue(dot.contains("\"P.dio\" -> \"page1\" [id=\"P.dio->page1\", label=\"FOLL_PIN +1024\", "
                + "color=\"#d0021b\", fontcolor=\"#d0021b\", penwidth=2.6"), dot);
    }

    @Test
    void labelsWithQuotesBackslashesAndMarkupShowLiterally() throws Exception {
        Graph graph = TestGraphs.nastyLabels();
        Graphviz.Result result = Graphviz.dot("svg", new DotWriter().write(graph));
        assertEquals(0, result.exitCode(), result.stderr());
        Document svg = SvgWriterTest.parse(result.stdout());
        NodeList texts = svg.getElementsByTagName("text");
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            lines.add(texts.item(i).getTextContent());
        }
        // The label survives unchanged: quotes, a literal backslash-n, markup, a trailing backslash.
        // Graphviz renders the non-breaking spaces it uses for runs of spaces as U+00A0.
        List<String> normalised = lines.stream().map(l -> l.replace('\u00a0', ' ')).toList();
        assertTrue(normalised.contains(TestGraphs.NASTY), normalised.toString());
        assertTrue(normalised.contains("tab and newline"), normalised.toString());
        assertTrue(normalised.contains("unicode \u2192 \u00e9 \u4e2d"), normalised.toString());
        assertTrue(normalised.contains("second & <last>"), normalised.toString());
    }

    @Test
    void topDownFlowSetsRankdir() {
        String dot = new DotWriter(LayoutOptions.Flow.DOWN).write(SampleGraphs.forkDioCounterexample());
        assertTrue(dot.contains("rankdir=TB"));
        assertTrue(new DotWriter().write(SampleGraphs.forkDioCounterexample()).contains("rankdir=LR"));
    }

    @Test
    void outputIsDeterministic() {
        Graph graph = SampleGraphs.synthetic(300, true);
        assertEquals(new DotWriter().write(graph), new DotWriter().write(graph));
    }
}
