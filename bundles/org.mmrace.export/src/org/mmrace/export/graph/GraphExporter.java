package org.mmrace.export.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.mmrace.export.graph.internal.AtomicFiles;

/**
 * Headless export of a graph to DOT, SVG or PNG, for the command line and the workbench's export
 * actions. SVG and PNG are laid out by ELK with AWT font metrics. Files are written to a temporary
 * file next to the target and moved into place, so a failure never leaves a half-written result.
 */
public final class GraphExporter {

    public enum Format {
        DOT,
        SVG,
        PNG
    }

    private final TextMeasurer measurer;
    private final GraphLayouter layouter;
    private final double pngScale;

    public GraphExporter(LayoutOptions options, double pngScale) {
        this.measurer = new AwtTextMeasurer();
        this.layouter = new GraphLayouter(measurer, options);
        this.pngScale = pngScale;
    }

    public GraphExporter() {
        this(LayoutOptions.defaults(), 1);
    }

    public Scene scene(Graph graph) {
        return new SceneBuilder(measurer).build(graph, layouter.layout(graph));
    }

    public String dot(Graph graph) {
        return new DotWriter(layouter.options().flow()).write(graph);
    }

    public String svg(Graph graph) {
        return new SvgWriter().write(scene(graph));
    }

    public void png(Graph graph, OutputStream out) throws IOException {
        new PngWriter(pngScale).write(scene(graph), out);
    }

    public void write(Graph graph, Format format, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            switch (format) {
                case DOT -> out.write(dot(graph).getBytes(StandardCharsets.UTF_8));
                case SVG -> out.write(svg(graph).getBytes(StandardCharsets.UTF_8));
                case PNG -> png(graph, out);
            }
        });
    }
}
