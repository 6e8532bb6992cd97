package org.mmrace.ui.graph;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/** Plain-SWT test helpers: event pumping, synthetic mouse events, screenshots. */
final class SwtTestSupport {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private SwtTestSupport() {
    }

    /** Runs the event loop until it is idle and at least the given time has passed. */
    static void pump(Display display, long millis) {
        long end = System.currentTimeMillis() + millis;
        do {
            while (display.readAndDispatch()) {
                // keep dispatching
            }
            if (System.currentTimeMillis() < end) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } while (System.currentTimeMillis() < end);
    }

    static void mouse(Control control, int type, int x, int y, int button, int stateMask) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = button;
        event.stateMask = stateMask;
        event.count = type == SWT.MouseDoubleClick ? 2 : 1;
        control.notifyListeners(type, event);
    }

    static void click(Control control, int x, int y, int stateMask) {
        mouse(control, SWT.MouseDown, x, y, 1, stateMask);
        mouse(control, SWT.MouseUp, x, y, 1, stateMask | SWT.BUTTON1);
    }

    static void wheel(Control control, int x, int y, int count, int stateMask) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.count = count;
        event.stateMask = stateMask;
        event.doit = true;
        control.notifyListeners(SWT.MouseVerticalWheel, event);
    }

    /** Grabs what the control shows on screen (through the display, as a user would see it). */
    static ImageData screenshot(Control control, String name) throws Exception {
        Display display = control.getDisplay();
        control.redraw();
        control.update();
        pump(display, 150);
        Rectangle bounds = display.map(control.getParent(), null, control.getBounds());
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageData data = image.getImageData();
            Files.createDirectories(SCREENSHOTS);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(SCREENSHOTS.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
            return data;
        } finally {
            image.dispose();
        }
    }

    /** Counts pixels of exactly this colour. */
    static int count(ImageData data, int red, int green, int blue) {
        int n = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.red == red && rgb.green == green && rgb.blue == blue) {
                    n++;
                }
            }
        }
        return n;
    }

    static int nonWhite(ImageData data) {
        int n = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.red != 255 || rgb.green != 255 || rgb.blue != 255) {
                    n++;
                }
            }
        }
        return n;
    }
}
