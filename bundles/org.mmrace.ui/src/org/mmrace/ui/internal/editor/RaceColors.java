package org.mmrace.ui.internal.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The .race colours, close to what Eclipse's Java editor uses for the same roles. */
final class RaceColors {

    static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
    static final TextAttribute OPERATION = new TextAttribute(new Color(0, 0, 192), null, SWT.BOLD);
    static final TextAttribute VALUE = new TextAttribute(new Color(100, 70, 0));
    static final TextAttribute OPTION = new TextAttribute(new Color(0, 0, 192));
    static final TextAttribute STRATEGY = new TextAttribute(new Color(0, 110, 110), null, SWT.ITALIC);
    static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95));
    static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
    static final TextAttribute NUMBER = new TextAttribute(new Color(125, 125, 125));

    private RaceColors() {
    }
}
