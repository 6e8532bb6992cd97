package org.mmrace.export.graph;

/** Graphs with labels that break naive writers. */
final class TestGraphs {

    static final String NASTY = "a \"quoted\" \\n <b>&amp; {x} [y] ; trailing\\";

    private TestGraphs() {
    }

    static Graph nastyLabels() {
        return Graph.builder().title("nasty \"title\" \\")
                .node("P", NodeStyle.GROUP, "process \"P\" <pid 1>")
                .node(GraphNode.of("n\"1", NodeStyle.DEFAULT, NASTY, "tab\tand\nnewline", "unicode \u2192 \u00e9 \u4e2d")
                        .inGroup("P"))
                .node("n\\2", NodeStyle.BUG, "second & <last>", "\u0001control\u0007chars")
                .node("empty", NodeStyle.DEFAULT)
                .edge("n\"1", "n\\2", NASTY, EdgeStyle.BUG)
                .edge("n\\2", "P", "to group \"P\"", EdgeStyle.DASHED)
                .edge("empty", "empty", "", EdgeStyle.DEFAULT)
                .build();
    }
}
