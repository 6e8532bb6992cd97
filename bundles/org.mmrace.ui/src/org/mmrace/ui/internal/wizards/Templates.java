package org.mmrace.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Scenario templates (templates/ of this bundle) and the scenario library (scenarios/ of this
 * bundle: the build copies the repository's scenarios/ folder there).
 */
public final class Templates {

    /** A template: the file it comes from and what the wizard says about it. */
    public enum Template {
        SEED("seed.race", "The seed race: an O_DIRECT read lost when a sibling thread writes during fork() "
                + "(linux-mm, 2008)"),
        KSM("ksm.race", "The KSM variant: ksmd merges a page while an O_DIRECT read into it is in flight"),
        EMPTY("empty.race", "Empty: one process, one thread, one condition to start from");

        private final String file;
        private final String description;

        Template(String file, String description) {
            this.file = file;
            this.description = description;
        }

        public String description() {
            return description;
        }

        /** The template's text with its scenario named {@code name}. */
        public String text(String name) {
            String text = read("templates/" + file);
            return text.replaceFirst("(?m)^scenario\\s+\\S+", "scenario " + name);
        }
    }

    private Templates() {
    }

    /** The library's scenario files, by name, in name order. */
    public static List<String> library() {
        Bundle bundle = Platform.getBundle(org.mmrace.ui.internal.core.MmraceUi.ID);
        Enumeration<URL> entries = bundle.findEntries("scenarios", "*.race", false);
        List<String> names = new ArrayList<>();
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                String path = url.getPath();
                names.add(path.substring(path.lastIndexOf('/') + 1));
            }
        }
        Collections.sort(names);
        return names;
    }

    public static String libraryText(String name) {
        return read("scenarios/" + name);
    }

    static String read(String path) {
        Bundle bundle = Platform.getBundle(org.mmrace.ui.internal.core.MmraceUi.ID);
        URL url = FileLocator.find(bundle, new org.eclipse.core.runtime.Path(path));
        if (url == null) {
            throw new IllegalStateException("org.mmrace.ui has no " + path);
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + " of org.mmrace.ui", e);
        }
    }
}
