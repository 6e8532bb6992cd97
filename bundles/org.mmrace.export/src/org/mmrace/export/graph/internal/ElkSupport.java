package org.mmrace.export.graph.internal;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/** Makes ELK's layered algorithm known to ELK's registry. */
public final class ElkSupport {

    private ElkSupport() {
    }

    /**
     * Registers the layered algorithm unless it is known already. Outside OSGi ELK finds it by
     * ServiceLoader; inside OSGi it does not (the service file is not visible across bundle class
     * loaders), so we register it ourselves. Idempotent and thread-safe: the registry is ELK's
     * singleton, and we lock on it so two layouts starting in parallel register it once.
     */
    public static void ensureLayeredRegistered() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        synchronized (service) {
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
        }
    }
}
