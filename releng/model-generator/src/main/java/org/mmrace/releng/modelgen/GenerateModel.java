package org.mmrace.releng.modelgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model bundle's src-gen/ with EMF's generator, without OSGi or a workspace,
 * as the Eclipse "Reload" + "Generate Model Code" actions would:
 * <ol>
 * <li>copy model/ to a scratch project, map {@code platform:/resource/org.mmrace.model/} to it;</li>
 * <li>build a fresh GenModel from the .ecore files and reconcile it with the settings in
 * mmrace.genmodel (so new classes and features get their Gen* elements), save it back;</li>
 * <li>generate the model code into the scratch project and replace src-gen/ with it, so no stale
 * file survives and EMF never needs JDT's merger;</li>
 * <li>write src-gen/org/mmrace/model/generated.sha256 with the hash of the inputs and of the
 * generated files, which ModelIsUpToDateTest recomputes.</li>
 * </ol>
 */
public final class GenerateModel {

  static final String PROJECT = "org.mmrace.model";
  static final String HASH_FILE = "org/mmrace/model/generated.sha256";
  static final List<String> INPUTS = List.of("model/mmrace.genmodel", "model/result.ecore", "model/scenario.ecore",
      "model/state.ecore");

  private GenerateModel() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: GenerateModel <path of bundles/org.mmrace.model>");
      System.exit(2);
    }
    Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
    Path scratch = Files.createTempDirectory("mmrace-modelgen");
    try {
      copyTree(bundle.resolve("model"), scratch.resolve("model"));
      GenModel genModel = reloadGenModel(scratch);
      generate(genModel);
      Files.copy(scratch.resolve("model/mmrace.genmodel"), bundle.resolve("model/mmrace.genmodel"),
          StandardCopyOption.REPLACE_EXISTING);
      Path srcGen = bundle.resolve("src-gen");
      deleteTree(srcGen);
      copyTree(scratch.resolve("src-gen"), srcGen);
      Path hashFile = srcGen.resolve(HASH_FILE);
      Files.createDirectories(hashFile.getParent());
      Files.writeString(hashFile, "inputs " + inputsHash(bundle) + "\noutputs " + outputsHash(srcGen) + "\n",
          StandardCharsets.UTF_8);
      System.out.println("Generated " + srcGen + " (inputs " + inputsHash(bundle) + ")");
    } finally {
      deleteTree(scratch);
    }
  }

  private static GenModel reloadGenModel(Path scratch) throws IOException {
    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + PROJECT + "/", false),
        URI.createFileURI(scratch.toString() + "/"));
    // Ecore's own genmodel, so that EString & co. resolve to their GenDataTypes.
    String ecoreJar = EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toString();
    URI ecorePlugin = URI.createURI("platform:/plugin/org.eclipse.emf.ecore/");
    resourceSet.getURIConverter().getURIMap().put(ecorePlugin,
        ecoreJar.endsWith(".jar") ? URI.createURI("jar:" + ecoreJar + "!/") : URI.createURI(ecoreJar));
    EcorePlugin.getEPackageNsURIToGenModelLocationMap(false).put(EcorePackage.eNS_URI,
        ecorePlugin.appendSegments(new String[] { "model", "Ecore.genmodel" }));

    URI genModelUri = URI.createPlatformResourceURI("/" + PROJECT + "/model/mmrace.genmodel", false);
    Resource resource = resourceSet.getResource(genModelUri, true);
    GenModel settings = (GenModel) resource.getContents().get(0);
    List<EPackage> ePackages = new ArrayList<>();
    for (GenPackage genPackage : settings.getGenPackages()) {
      EPackage ePackage = genPackage.getEcorePackage();
      if (ePackage == null || ePackage.eIsProxy()) {
        throw new IllegalStateException("cannot load the Ecore package of " + genPackage.getPrefix());
      }
      ePackages.add(ePackage);
    }
    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    genModel.initialize(ePackages);
    resource.getContents().set(0, genModel);
    genModel.reconcile(settings);
    genModel.getForeignModel().addAll(settings.getForeignModel());
    genModel.setImporterID(settings.getImporterID());
    genModel.reconcile();
    genModel.setCanGenerate(true);
    Diagnostic diagnostic = genModel.diagnose();
    if (diagnostic.getSeverity() == Diagnostic.ERROR) {
      throw new IllegalStateException("the genmodel is not valid: " + diagnostic);
    }
    resource.save(null);
    return genModel;
  }

  private static void generate(GenModel genModel) {
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
        GenModelGeneratorAdapterFactory.DESCRIPTOR);
    Generator generator = new Generator();
    generator.setInput(genModel);
    Diagnostic diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
        new BasicMonitor.Printing(System.out));
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new IllegalStateException("code generation failed: " + diagnostic);
    }
  }

  /**
   * SHA-256 over the model inputs, line endings normalised. The same algorithm is in
   * ModelIsUpToDateTest in org.mmrace.model.tests; keep the two in step.
   */
  static String inputsHash(Path bundle) throws IOException {
    MessageDigest digest = sha256();
    for (String input : INPUTS) {
      update(digest, input, Files.readString(bundle.resolve(input), StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String outputsHash(Path srcGen) throws IOException {
    MessageDigest digest = sha256();
    try (Stream<Path> files = Files.walk(srcGen)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = srcGen.relativize(file).toString().replace('\\', '/');
        if (!relative.equals(HASH_FILE)) {
          update(digest, relative, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
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

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
