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
        // A shell is taken without its trim (there is no window manager under Xvfb to draw one).
        Rectangle bounds = control.getBounds();
        Rectangle onScreen;
        if (control instanceof org.eclipse.swt.widgets.Shell shell) {
            Rectangle client = shell.getClientArea();
            org.eclipse.swt.graphics.Point origin = shell.toDisplay(client.x, client.y);
            bounds = new Rectangle(0, 0, client.width, client.height);
            onScreen = new Rectangle(origin.x, origin.y, client.width, client.height);
        } else {
            onScreen = control.getParent() == null ? bounds : display.map(control.getParent(), null, bounds);
        }
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
