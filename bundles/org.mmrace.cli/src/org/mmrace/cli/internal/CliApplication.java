package org.mmrace.cli.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The command line as an Equinox application, for running it inside the product. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        context.applicationRunning();
        return MmraceCommand.execute(Platform.getApplicationArgs(), System.out, System.err);
    }

    @Override
    public void stop() {
        // A command runs to its end; nothing to interrupt from outside.
    }
}
