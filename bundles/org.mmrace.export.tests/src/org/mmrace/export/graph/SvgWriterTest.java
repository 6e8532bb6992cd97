package org.mmrace.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.mmrace.export.graph.internal.SampleGraphs;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgWriterTest {

    private final GraphExporter exporter = new GraphExporter();

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> groupClasses(Document svg) {
        NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            classes.add(((Element) groups.item(i)).getAttribute("class"));
        }
        return classes;
    }

    static String allText(Document svg) {
        NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            out.append(texts.item(i).getTextContent()).append('\n');
        }
        return out.toString();
    }

    private static Element item(Document svg, String id) {
        NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("data-id").equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no <g data-id=\"" + id + "\">");
    }

    @Test
    void counterexampleHasOneElementPerNodeGroupAndEdge() throws Exception {
        Graph graph = SampleGraphs.forkDioCounterexample();
        Document svg = parse(exporter.svg(graph));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        List<String> classes = groupClasses(svg);
        assertEquals(11, classes.stream().filter("node"::equals).count());
        assertEquals(2, classes.stream().filter("group"::equals).count());
        assertEquals(10, classes.stream().filter("edge"::equals).count());
        String text = allText(svg);
        for (String line : List.of("page#1", "count 1025 map 1", "PIN", "D A A A A A A W", "process P (pid 100)",
                "FOLL_PIN +1024", "pte RO", "pte RW", "DMA write pending")) {
            assertTrue(text.contains(line + "\n"), line + " missing from " + text);
        }
    }

    @Test
    void nodeBoxesUseTheLayoutCoordinates() throws Exception {
        Graph graph = SampleGraphs.forkDioCounterexample();
        GraphLayout layout = new GraphLayouter(new AwtTextMeasurer()).layout(graph);
        Document svg = parse(exporter.svg(graph));
        Element rect = (Element) item(svg, "page1").getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect")
                .item(0);
        Bounds box = layout.node("page1").orElseThrow();
        assertEquals(box.x(), Double.parseDouble(rect.getAttribute("x")), 0.01);
        assertEquals(box.y(), Double.parseDouble(rect.getAttribute("y")), 0.01);
        assertEquals(box.width(), Double.parseDouble(rect.getAttribute("width")), 0.01);
        assertEquals(Math.ceil(layout.width()), Double.parseDouble(svg.getDocumentElement().getAttribute("width")));
    }

    @Test
    void theBugIsRed() throws Exception {
        Document svg = parse(exporter.svg(SampleGraphs.forkDioCounterexample()));
        Element page = (Element) item(svg, "page1").getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect")
                .item(0);
        assertEquals("#d0021b", page.getAttribute("stroke"));
        Element pin = (Element) item(svg, "P.dio->page1")
                .getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").item(0);
        assertEquals("#d0021b", pin.getAttribute("stroke"));
        Element dma = (Element) item(svg, "dev->page1")
                .getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").item(0);
        assertTrue(!dma.getAttribute("stroke-dasharray").isEmpty(), "DMA edge is dotted");
    }

    @Test
    void nastyLabelsGiveAWellFormedDocumentWithTheTextIntact() throws Exception {
        Document svg = parse(exporter.svg(TestGraphs.nastyLabels()));
        String text = allText(svg);
        assertTrue(text.contains(TestGraphs.NASTY + "\n"), text);
        assertTrue(text.contains("second & <last>\n"), text);
        assertTrue(text.contains(" control chars\n"), text);
        assertEquals("n\"1", item(svg, "n\"1").getAttribute("data-id"));
    }

    @Test
    void outputIsDeterministic() {
        Graph graph = SampleGraphs.synthetic(200, true);
        assertEquals(exporter.svg(graph), new GraphExporter().svg(graph));
    }

    @Test
    void shapesFollowNodeStyles() throws Exception {
        Document svg = parse(exporter.svg(SampleGraphs.forkDioCounterexample()));
        // rects: background 1 + groups 2 + boxed nodes 10 + backgrounds of the 6 edge labels.
        assertEquals(1 + 2 + 10 + 6, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength());
        // the one ellipse is the thread P.dio.
        assertEquals(1, item(svg, "P.dio").getElementsByTagNameNS("http://www.w3.org/2000/svg", "ellipse")
                .getLength());
        // 10 edges, each a polyline and an arrow head polygon.
        assertEquals(10, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").getLength());
        assertEquals(10, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polygon").getLength());
    }
}
