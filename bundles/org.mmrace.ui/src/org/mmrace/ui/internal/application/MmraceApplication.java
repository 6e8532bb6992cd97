package org.mmrace.ui.internal.application;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The mmrace workbench application. Arguments that are not options are files to open
 * ({@code mmrace seed.race}); {@code -data DIR} is handled by Equinox as in Eclipse.
 */
public final class MmraceApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            List<String> files = filesToOpen(Platform.getApplicationArgs());
            int code = PlatformUI.createAndRunWorkbench(display, new MmraceWorkbenchAdvisor(files));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }

    /**
     * Scenario and result files named on the command line. Only those endings count: other
     * launchers (the test harness, for one) pass option values that are files too.
     */
    static List<String> filesToOpen(String[] args) {
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("-") && (arg.endsWith(".race") || arg.endsWith(".raceresult"))) {
                files.add(arg);
            }
        }
        return files;
    }
}
