package org.mmrace.export.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmrace.core.run.RunResult;
import org.mmrace.export.graph.GraphvizCheck;

class CounterexampleExportTest {

    /** Every violation of the seed under 2.6.27, in every format: DOT accepted by Graphviz, SVG parses, PNG not blank. */
    @Test
    void writesEveryCounterexampleInEveryFormat(@TempDir Path folder) throws Exception {
        RunResult r = SeedRuns.run("linux-2.6.27");
        List<Path> written = new CounterexampleExport(EnumSet.allOf(CounterexampleExport.Format.class), 75)
                .writeAll(r, folder);
        // per violation: txt, json, and two graphs (state, sequence) in each of dot, svg, png
        assertEquals(r.violations().size() * (2 + 3 * 2), written.size());
        for (Path file : written) {
            assertTrue(Files.size(file) > 0, file.toString());
            String name = file.getFileName().toString();
            if (name.endsWith(".txt")) {
                for (String line : Files.readAllLines(file)) {
                    assertTrue(line.length() <= 75, line);
                }
            } else if (name.endsWith(".dot")) {
                assertEquals(0, GraphvizCheck.exitCode(Files.readString(file)), name);
            } else if (name.endsWith(".svg")) {
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            } else if (name.endsWith(".png")) {
                BufferedImage image = ImageIO.read(file.toFile());
                int white = 0xffffffff;
                boolean drawn = false;
                for (int y = 0; y < image.getHeight() && !drawn; y += 2) {
                    for (int x = 0; x < image.getWidth() && !drawn; x += 2) {
                        drawn = image.getRGB(x, y) != white;
                    }
                }
                assertTrue(drawn, name + " is blank");
            }
        }
        assertTrue(Files.readString(written.get(0), StandardCharsets.UTF_8).contains("P.dio"));
        assertTrue(written.get(0).getFileName().toString().startsWith("odirect-fork-writer-linux-2.6.27-1-"));
    }
}
