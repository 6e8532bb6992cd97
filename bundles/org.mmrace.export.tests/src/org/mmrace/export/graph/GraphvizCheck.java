package org.mmrace.export.graph;

/** Graphviz for tests in other packages: the exit code of {@code dot -Tsvg} on a DOT text. */
public final class GraphvizCheck {

    private GraphvizCheck() {
    }

    public static int exitCode(String dot) throws Exception {
        Graphviz.Result result = Graphviz.dot("svg", dot);
        if (result.exitCode() != 0) {
            System.err.println(result.stderr());
        }
        return result.exitCode();
    }
}
