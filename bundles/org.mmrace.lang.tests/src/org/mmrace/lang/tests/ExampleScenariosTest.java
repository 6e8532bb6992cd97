package org.mmrace.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmrace.lang.BuiltinStrategyCatalog;
import org.mmrace.lang.ParseResult;
import org.mmrace.lang.Race;
import org.mmrace.lang.RaceFormatter;
import org.mmrace.lang.RaceParser;
import org.mmrace.lang.RaceResourceFactory;
import org.mmrace.model.scenario.Scenario;

/** Every example in scenarios/ parses, validates, formats idempotently and round-trips through EMF. */
class ExampleScenariosTest {

  @TempDir
  Path dir;

  static Stream<Path> examples() throws IOException {
    return Fixtures.exampleScenarios().stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void parsesAndValidatesWithoutDiagnostics(Path file) {
    ParseResult result = Race.check(file, new BuiltinStrategyCatalog());
    assertEquals(List.of(), Fixtures.messages(result));
    assertTrue(result.scenario().getName() != null && !result.scenario().getThreads().isEmpty());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void isAlreadyInCanonicalFormAndFormattingIsIdempotent(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    RaceFormatter formatter = new RaceFormatter();
    String once = formatter.format(file.toString(), text).text().orElseThrow();
    String twice = formatter.format(file.toString(), once).text().orElseThrow();
    assertEquals(text, once, "the shared examples are written in canonical form");
    assertEquals(once, twice);
    Fixtures.assertSameMeaning(RaceParser.parse(file).scenario(), RaceParser.parse("f", once).scenario());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void roundTripsThroughTheEmfResource(Path file) throws IOException {
    ResourceSet resourceSet = RaceResourceFactory.register(new ResourceSetImpl());
    Resource loaded = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
    assertEquals(List.of(), loaded.getErrors());
    Scenario scenario = (Scenario) loaded.getContents().get(0);

    Path copy = dir.resolve(file.getFileName());
    Resource saved = resourceSet.createResource(URI.createFileURI(copy.toString()));
    saved.getContents().add(EcoreUtil.copy(scenario));
    saved.save(null);
    assertEquals(Files.readString(file), Files.readString(copy), "saving writes the same text back");

    Resource reloaded = RaceResourceFactory.register(new ResourceSetImpl())
        .getResource(URI.createFileURI(copy.toString()), true);
    Scenario again = (Scenario) reloaded.getContents().get(0);
    assertTrue(EcoreUtil.equals(Fixtures.meaning(scenario, false), Fixtures.meaning(again, false)),
        "the reloaded scenario equals the original, comments included");
  }
}
