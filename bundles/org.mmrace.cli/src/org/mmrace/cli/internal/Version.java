package org.mmrace.cli.internal;

import picocli.CommandLine.IVersionProvider;

/** The version of the command line bundle, from its manifest. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] { "mmrace " + (v == null ? "0.1.0" : v), "format: .race version 1" };
    }
}
