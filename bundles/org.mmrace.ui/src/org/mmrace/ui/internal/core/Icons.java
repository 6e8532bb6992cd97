package org.mmrace.ui.internal.core;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;

/** The bundle's icons (icons/*.png, drawn by icons-src/Gen.java), shared through the plug-in's image registry. */
public final class Icons {

    public static final String OK = "ok";
    public static final String FAIL = "fail";
    public static final String OBSERVE = "observe";
    public static final String INCOMPLETE = "incomplete";
    public static final String DEADLOCK = "deadlock";
    public static final String RUN = "run";
    public static final String SCENARIO = "scenario";

    private Icons() {
    }

    public static Image get(String name) {
        ImageRegistry registry = MmraceUi.get().getImageRegistry();
        Image image = registry.get(name);
        if (image == null) {
            registry.put(name, descriptor(name));
            image = registry.get(name);
        }
        return image;
    }

    public static ImageDescriptor descriptor(String name) {
        return ResourceLocator.imageDescriptorFromBundle(MmraceUi.ID, "icons/" + name + ".png")
                .orElse(ImageDescriptor.getMissingImageDescriptor());
    }
}
