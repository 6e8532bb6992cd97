package org.mmrace.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mmrace.lang.BuiltinStrategyCatalog;
import org.mmrace.lang.Diagnostic;
import org.mmrace.lang.ParseResult;
import org.mmrace.lang.Race;
import org.mmrace.lang.RaceParser;
import org.mmrace.model.scenario.Element;
import org.mmrace.model.scenario.Scenario;

/** Shared helpers: the project's example scenarios, parsing, and model comparison. */
final class Fixtures {

  private Fixtures() {
  }

  /** The project's scenarios/ folder (at the repository root), found from the working directory up. */
  static Path scenariosDirectory() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("scenarios");
      if (Files.isDirectory(candidate) && Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("bundles"))) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no scenarios/ folder above " + Path.of("").toAbsolutePath());
  }

  static List<Path> exampleScenarios() throws IOException {
    try (Stream<Path> files = Files.list(scenariosDirectory())) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".race")).sorted().toList();
      assertTrue(list.size() >= 3, "the example scenarios are in " + scenariosDirectory());
      return list;
    }
  }

  static ParseResult parse(String text) {
    return RaceParser.parse("t.race", text);
  }

  /** Parse + validate with the built-in catalog. */
  static ParseResult check(String text) {
    return Race.check("t.race", text, new BuiltinStrategyCatalog());
  }

  /** Diagnostics as "line:col: severity: message" lines (file name left out). */
  static List<String> messages(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.line() + ":" + d.column() + ": " + d.severity().label() + ": " + d.message())
        .collect(Collectors.toList());
  }

  static List<String> messages(ParseResult result) {
    return messages(result.diagnostics());
  }

  /** A copy without positions (and, if asked, without comments and blank lines): what the scenario means. */
  static Scenario meaning(Scenario scenario, boolean dropComments) {
    Scenario copy = EcoreUtil.copy(scenario);
    List<EObject> all = new java.util.ArrayList<>();
    all.add(copy);
    copy.eAllContents().forEachRemaining(all::add);
    for (EObject object : all) {
      if (object instanceof Element element) {
        element.setOffset(-1);
        element.setLength(0);
        element.setLine(-1);
        element.setColumn(-1);
        if (dropComments) {
          element.getComments().clear();
          element.setTrailingComment(null);
          element.setBlankLineBefore(false);
        }
      }
    }
    if (dropComments) {
      copy.getEndComments().clear();
    }
    return copy;
  }

  static void assertSameMeaning(Scenario expected, Scenario actual) {
    assertTrue(EcoreUtil.equals(meaning(expected, true), meaning(actual, true)),
        "the two scenarios should mean the same");
  }

  static void assertNoDiagnostics(ParseResult result) {
    assertEquals(List.of(), messages(result));
  }
}
