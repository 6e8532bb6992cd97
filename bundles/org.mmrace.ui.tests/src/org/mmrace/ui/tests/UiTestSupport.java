package org.mmrace.ui.tests;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** Runs code on the UI thread from a test thread and lets the event loop breathe. */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    public static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    public static <T> T onUi(Callable<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(body.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() != null) {
            throw new AssertionError("failed on the UI thread: " + failure.get(), failure.get());
        }
        return result.get();
    }

    public static void onUi(Runnable body) {
        onUi(() -> {
            body.run();
            return null;
        });
    }

    /** Dispatches pending UI events for about {@code millis}; call on the UI thread. */
    public static void processEvents(Display display, long millis) {
        if (Display.getCurrent() == null) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}
