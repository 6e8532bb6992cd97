package org.mmrace.ui.internal.help;

import java.util.ArrayList;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * Help > Help Contents: the user guide (help/user-guide.md of this bundle) rendered in a
 * StyledText, with its sections listed on the left. A view rather than the Eclipse help system:
 * org.eclipse.help.webapp needs a web server and SWT's Browser a native engine, neither of which a
 * kernel developer's headless or minimal desktop can be relied on to have; text renders everywhere.
 */
public final class UserGuideView extends ViewPart {

    public static final String ID = "org.mmrace.ui.views.userGuide";
    private static final Color HEADING = new Color(0, 60, 120);

    private StyledText text;
    private org.eclipse.swt.widgets.List sections;
    private final java.util.List<Integer> sectionOffsets = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sections = new org.eclipse.swt.widgets.List(sash, SWT.SINGLE | SWT.V_SCROLL);
        text = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setMargins(16, 12, 16, 12);
        text.setFont(JFaceResources.getDialogFont());
        sash.setWeights(1, 4);
        render(UserGuide.markdown());
        sections.addListener(SWT.Selection, e -> {
            int i = sections.getSelectionIndex();
            if (i >= 0) {
                text.setTopIndex(text.getLineAtOffset(sectionOffsets.get(i)));
            }
        });
    }

    /** Renders the guide's markdown: headings, paragraphs, list items and indented code. */
    private void render(String markdown) {
        StringBuilder out = new StringBuilder();
        java.util.List<StyleRange> styles = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            int start = out.length();
            if (line.startsWith("# ")) {
                out.append(line.substring(2)).append('\n');
                styles.add(heading(start, line.length() - 2, 1.6));
            } else if (line.startsWith("## ")) {
                out.append('\n').append(line.substring(3)).append('\n');
                styles.add(heading(start + 1, line.length() - 3, 1.25));
                sections.add(line.substring(3));
                sectionOffsets.add(start + 1);
            } else if (line.startsWith("    ")) {
                out.append("    ").append(line.substring(4)).append('\n');
                StyleRange code = new StyleRange();
                code.start = start;
                code.length = line.length();
                code.font = JFaceResources.getTextFont();
                code.foreground = new Color(40, 40, 40);
                code.background = new Color(244, 244, 244);
                styles.add(code);
            } else if (line.startsWith("- ")) {
                out.append("  \u2022 ").append(line.substring(2)).append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        text.setText(out.toString());
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    private static StyleRange heading(int start, int length, double scale) {
        StyleRange r = new StyleRange();
        r.start = start;
        r.length = length;
        r.fontStyle = SWT.BOLD;
        r.foreground = HEADING;
        r.font = JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT);
        return r;
    }

    public String text() {
        return text.getText();
    }

    public java.util.List<String> sections() {
        return java.util.List.of(sections.getItems());
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}
