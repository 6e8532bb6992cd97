package org.mmrace.ui.tests;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Saves what a test checked as a PNG under target/screenshots/, so a person can look at it. */
public final class Screenshots {

    private Screenshots() {
    }

    /** Lets the UI paint, then copies the control's area of the screen into {@code name}.png. */
    public static File save(Control control, String name) {
        Display display = control.getDisplay();
        UiTestSupport.processEvents(display, 300);
        Rectangle bounds = control.getBounds();
        // A shell's bounds are in display coordinates already, dialogs included.
        Rectangle onScreen = control.getParent() == null || control instanceof org.eclipse.swt.widgets.Shell
                ? bounds
                : display.map(control.getParent(), null, bounds);
        Image image = new Image(display, Math.max(1, bounds.width), Math.max(1, bounds.height));
        GC gc = new GC(display);
        try {
            gc.copyArea(image, onScreen.x, onScreen.y);
        } finally {
            gc.dispose();
        }
        try {
            File dir = new File(System.getProperty("mmrace.screenshots", "target/screenshots"));
            dir.mkdirs();
            File file = new File(dir, name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(file.getPath(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
