package org.mmrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mmrace.model.scenario.ScenarioPackage;

/**
 * The generated code in org.mmrace.model/src-gen must come from the current model/*.ecore and
 * model/mmrace.genmodel, untouched. releng/model-generator records the hash of its inputs and of
 * its output in src-gen/org/mmrace/model/generated.sha256; this test recomputes both (same
 * algorithm as GenerateModel.inputsHash/outputsHash).
 */
class ModelIsUpToDateTest {

  private static final String REGENERATE = "the generated EMF code is stale: run releng/model-generator/generate.sh"
      + " and commit bundles/org.mmrace.model/src-gen and model/mmrace.genmodel";
  private static final List<String> INPUTS = List.of("model/mmrace.genmodel", "model/result.ecore",
      "model/scenario.ecore", "model/state.ecore");
  private static final String HASH_FILE = "org/mmrace/model/generated.sha256";

  @Test
  void generatedCodeMatchesTheEcoreModelsAndGenmodel() throws IOException {
    MessageDigest digest = sha256();
    for (String input : INPUTS) {
      update(digest, input, resource("/" + input));
    }
    assertEquals(recorded().get("inputs"), HexFormat.of().formatHex(digest.digest()), REGENERATE);
  }

  @Test
  void generatedCodeHasNotBeenEditedByHand() throws IOException {
    Path srcGen = Path.of("..", "org.mmrace.model", "src-gen");
    assertTrue(Files.isDirectory(srcGen), "run the tests from bundles/org.mmrace.model.tests: " + srcGen.toAbsolutePath());
    MessageDigest digest = sha256();
    try (Stream<Path> files = Files.walk(srcGen)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = srcGen.relativize(file).toString().replace('\\', '/');
        if (!relative.equals(HASH_FILE)) {
          update(digest, relative, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    assertEquals(recorded().get("outputs"), HexFormat.of().formatHex(digest.digest()),
        "src-gen differs from what the generator wrote (never edit it by hand; put code in src/): " + REGENERATE);
  }

  private static Map<String, String> recorded() throws IOException {
    return resource("/" + HASH_FILE).lines().map(line -> line.split(" ", 2))
        .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ScenarioPackage.class.getResourceAsStream(name)) {
      assertNotNull(in, "missing in the model bundle: " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void update(MessageDigest digest, String name, String content) {
    digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
    digest.update(content.replace("\r", "").getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
