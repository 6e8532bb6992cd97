package org.mmrace.ui.internal.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.mmrace.ui.internal.core.MmraceUi;

/** The guide's text, help/user-guide.md of this bundle. */
final class UserGuide {

    private UserGuide() {
    }

    static String markdown() {
        URL url = FileLocator.find(Platform.getBundle(MmraceUi.ID), new org.eclipse.core.runtime.Path(
                "help/user-guide.md"));
        if (url == null) {
            return "# mmrace User Guide\n\nThe guide is missing from this installation (help/user-guide.md).";
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "# mmrace User Guide\n\nThe guide cannot be read: " + e.getMessage();
        }
    }
}
