package org.mmrace.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.mmrace.model.result.ResultFile;
import org.mmrace.model.result.ResultPackage;
import org.mmrace.model.scenario.ScenarioPackage;
import org.mmrace.model.state.StatePackage;

/**
 * Saves and reopens run results ({@link ResultFile}) as XMI files ({@value #EXTENSION}).
 * Works with and without OSGi: the resource set it uses registers the packages itself.
 */
public final class ResultFiles {

  /** File name extension of saved results. */
  public static final String EXTENSION = "mmresult";

  private ResultFiles() {
  }

  /** A resource set that knows the mmrace packages and reads/writes results as XMI. */
  public static ResourceSet newResourceSet() {
    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.getPackageRegistry().put(ScenarioPackage.eNS_URI, ScenarioPackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(StatePackage.eNS_URI, StatePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(ResultPackage.eNS_URI, ResultPackage.eINSTANCE);
    XMIResourceFactoryImpl xmi = new XMIResourceFactoryImpl();
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, xmi);
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", xmi);
    return resourceSet;
  }

  /**
   * Writes the results to {@code file}. The XMI goes to a temporary file next to it first and is
   * moved into place only when complete, so a failure never leaves a half-written result file.
   */
  public static void save(ResultFile results, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    // Saved through a resource of our own; the results go back where they were afterwards.
    Resource previous = results.eResource();
    int previousIndex = previous == null ? -1 : previous.getContents().indexOf(results);
    Resource resource = new XMIResourceFactoryImpl().createResource(URI.createFileURI(absolute.toString()));
    newResourceSet().getResources().add(resource);
    resource.getContents().add(results);
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
      resource.getContents().remove(results);
      if (previous != null && previousIndex >= 0) {
        previous.getContents().add(Math.min(previousIndex, previous.getContents().size()), results);
      }
    }
  }

  /** Reads results written by {@link #save}. */
  public static ResultFile load(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Resource resource = new XMIResourceFactoryImpl().createResource(URI.createFileURI(absolute.toString()));
    ResourceSet resourceSet = newResourceSet();
    resourceSet.getResources().add(resource);
    try (InputStream in = Files.newInputStream(absolute)) {
      resource.load(in, Map.of());
    }
    if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ResultFile result)) {
      throw new IOException(file + ": not an mmrace result file");
    }
    return result;
  }
}
