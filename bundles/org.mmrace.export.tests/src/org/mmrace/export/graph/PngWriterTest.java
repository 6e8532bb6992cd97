package org.mmrace.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.mmrace.export.graph.internal.SampleGraphs;

class PngWriterTest {

    private static BufferedImage png(Graph graph, double scale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphExporter(LayoutOptions.defaults(), scale).png(graph, out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void counterexamplePngIsLargeEnoughAndShowsTheRedBug() throws Exception {
        Graph graph = SampleGraphs.forkDioCounterexample();
        BufferedImage image = png(graph, 1);
        assertTrue(image.getWidth() >= 400 && image.getHeight() >= 300, image.getWidth() + "x" + image.getHeight());
        Scene scene = new GraphExporter().scene(graph);
        assertEquals((int) Math.ceil(scene.width()), image.getWidth());
        int nonWhite = 0;
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb != 0xffffff) {
                    nonWhite++;
                }
                if (rgb == 0xd0021b) {
                    red++;
                }
            }
        }
        assertTrue(nonWhite > image.getWidth() * image.getHeight() / 10, "image nearly blank: " + nonWhite);
        assertTrue(red > 200, "bug red barely present: " + red + " pixels");
        // The bug page's border is drawn where the layout put it.
        Bounds page = new GraphLayouter(new AwtTextMeasurer()).layout(graph).node("page1").orElseThrow();
        assertEquals(0xd0021b, image.getRGB((int) page.center().x(), (int) page.y()) & 0xffffff);
        // Anti-aliased: text and diagonals produce intermediate shades, not just the palette.
        assertTrue(distinctColours(image) > 100, "no anti-aliasing? " + distinctColours(image) + " colours");
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 1) {
            for (int x = 0; x < image.getWidth(); x += 1) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void aOneNodeGraphStillGivesAtLeast400x300WithTheNodeCentred() throws Exception {
        Graph graph = Graph.builder().node("p", NodeStyle.BUG, "page#1").build();
        BufferedImage image = png(graph, 1);
        assertEquals(400, image.getWidth());
        assertEquals(300, image.getHeight());
        assertTrue((image.getRGB(200, 150) & 0xffffff) != 0xffffff, "the node is centred");
    }

    @Test
    void scaleTwoDoublesTheSize() throws Exception {
        Graph graph = SampleGraphs.forkDioCounterexample();
        BufferedImage one = png(graph, 1);
        BufferedImage two = png(graph, 2);
        assertEquals(2 * one.getWidth(), two.getWidth(), 1);
    }

    @Test
    void exporterWritesFilesAtomicallyAndLeavesNoTemporaryFiles() throws Exception {
        Path dir = Files.createTempDirectory("mmrace-graph");
        Path target = dir.resolve("state.png");
        new GraphExporter().write(SampleGraphs.forkDioCounterexample(), GraphExporter.Format.PNG, target);
        new GraphExporter().write(SampleGraphs.forkDioCounterexample(), GraphExporter.Format.SVG,
                dir.resolve("state.svg"));
        new GraphExporter().write(SampleGraphs.forkDioCounterexample(), GraphExporter.Format.DOT,
                dir.resolve("state.dot"));
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of("state.dot", "state.png", "state.svg"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(ImageIO.read(target.toFile()).getWidth() >= 400);
        // Keep a copy for people to look at.
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.copy(target, shots.resolve("export-counterexample.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void deterministicPixels() throws Exception {
        Graph graph = SampleGraphs.forkDioCounterexample();
        BufferedImage a = png(graph, 1);
        BufferedImage b = png(graph, 1);
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                assertEquals(a.getRGB(x, y), b.getRGB(x, y));
            }
        }
    }
}
