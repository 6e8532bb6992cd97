package org.mmrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

class ExportAndJsonTest {

    private static final Path SCHEMA = Path.of("../../docs/run-result.schema.json");

    @TempDir
    Path dir;

    @Test
    void asciiPatchDiagramFitsSeventyFiveColumnsWithoutTabs() {
        Cli r = Cli.run("export", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27", "-f", "ascii");
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("P.dio"), r.toString());
        assertTrue(lines.get(1).matches("-+( +-+)*"), "header not underlined:\n" + r);
        for (String line : lines) {
            assertTrue(line.length() <= 75, "wider than 75: [" + line + "]");
            assertFalse(line.contains("\t"), "a tab: [" + line + "]");
        }
        assertTrue(r.out().contains("=> isolation/"), r.toString());
    }

    @Test
    void narrowWidthIsHonouredAndTooNarrowIsBadInput() {
        Cli r = Cli.run("export", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27", "-f", "ascii",
                "--width", "50");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().lines().allMatch(l -> l.length() <= 50), r.toString());
        assertEquals(2, Cli.run("export", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27", "-f",
                "ascii", "--width", "10").exit());
    }

    @Test
    void dotIsAcceptedByGraphviz() throws Exception {
        Path dot = dir.resolve("state.dot");
        Cli r = Cli.run("export", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27", "-f", "dot",
                "-o", dot.toString());
        assertEquals(0, r.exit(), r.toString());
        for (Path f : List.of(dot, dir.resolve("state-sequence.dot"))) {
            Process p;
            try {
                p = new ProcessBuilder("dot", "-Tsvg", f.toString()).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new AssertionError("Graphviz 'dot' is needed for this test: apt-get install graphviz", e);
            }
            String output = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), "dot rejected " + f + ":\n" + output);
            assertTrue(output.contains("<svg"), output);
        }
        assertTrue(Files.readString(dot).contains("page#1"));
    }

    @Test
    void svgParsesAndPngIsLargeEnoughAndNotBlank() throws Exception {
        Path svg = dir.resolve("state.svg");
        Path png = dir.resolve("state.png");
        assertEquals(0, Cli.run("export", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27", "-f",
                "svg", "-o", svg.toString()).exit());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        Cli r = Cli.run("export", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27", "-f", "png",
                "-o", png.toString());
        assertEquals(0, r.exit(), r.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 400 && image.getHeight() >= 300, image.getWidth() + "x" + image.getHeight());
        int first = image.getRGB(0, 0);
        boolean varied = false;
        for (int y = 0; y < image.getHeight() && !varied; y += 3) {
            for (int x = 0; x < image.getWidth() && !varied; x += 3) {
                varied = image.getRGB(x, y) != first;
            }
        }
        assertTrue(varied, "blank PNG");
        assertEquals(2, Cli.run("export", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27", "-f",
                "png").exit(), "png without --out must be refused");
    }

    @Test
    void runJsonMatchesTheDocumentedSchema() throws Exception {
        Cli r = Cli.run("run", "--json", Cli.scenario("odirect-fork-writer.race").toString(), Cli.scenario("ksm-odirect.race").toString(),
                "-s", "linux-2.6.27,brlock-2008");
        assertEquals(0, r.exit(), r.toString());
        ObjectMapper mapper = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(mapper.readTree(SCHEMA.toFile()));
        JsonNode doc = mapper.readTree(r.out());
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), errors + "\n" + r.out());
        assertEquals(4, doc.get("results").size());
        JsonNode seed = doc.get("results").get(0);
        assertEquals("odirect-fork-writer", seed.get("scenario").asText());
        assertEquals("linux-2.6.27", seed.get("strategy").asText());
        assertEquals("violated", seed.get("verdict").asText());
        assertTrue(seed.get("trace").size() > 0);
        JsonNode holds = doc.get("results").get(1);
        assertEquals("holds", holds.get("verdict").asText());
        // The schema must reject what it should: a verdict outside the five.
        ((com.fasterxml.jackson.databind.node.ObjectNode) seed).put("verdict", "maybe");
        assertFalse(schema.validate(doc).isEmpty(), "schema accepted verdict 'maybe'");
    }

    @Test
    void exportWritesAtomicallyAndReportsUnwritablePaths() {
        Cli r = Cli.run("export", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27", "-f", "ascii",
                "-o", dir.resolve("no/such/dir/x.txt").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("cannot write"), r.toString());
        assertFalse(Files.exists(dir.resolve("no")));
    }
}
