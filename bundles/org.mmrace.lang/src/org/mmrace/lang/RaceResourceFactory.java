package org.mmrace.lang;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.mmrace.model.scenario.ScenarioPackage;

/**
 * Creates {@link RaceResource}s. Registered for the {@value #EXTENSION} extension in plugin.xml
 * (org.eclipse.emf.extension_parser); outside OSGi call {@link #register(ResourceSet)}.
 */
public class RaceResourceFactory extends ResourceFactoryImpl {

  /** The file name extension of scenarios. */
  public static final String EXTENSION = "race";

  @Override
  public Resource createResource(URI uri) {
    return new RaceResource(uri);
  }

  /**
   * Makes a resource set (outside OSGi, or without the extension registry) read and write .race
   * files, and know the scenario package. Touches only that resource set.
   */
  public static ResourceSet register(ResourceSet resourceSet) {
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new RaceResourceFactory());
    resourceSet.getPackageRegistry().put(ScenarioPackage.eNS_URI, ScenarioPackage.eINSTANCE);
    return resourceSet;
  }
}
