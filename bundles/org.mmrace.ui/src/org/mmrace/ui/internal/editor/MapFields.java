package org.mmrace.ui.internal.editor;

import org.mmrace.lang.assist.RaceStructure;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.mmrace.lang.assist.RaceStructure.Statement;

/**
 * The fields of a {@code map} line (region, kind, sharing, protection, pages, fill) and of a
 * {@code process} line (its name). A changed field rewrites its token of the line through
 * {@code apply}, which checks the line first.
 */
public final class MapFields {

    private final Composite control;
    private final BiPredicate<Statement, String> apply;
    private final Text region;
    private final Combo kind;
    private final Combo sharing;
    private final Combo prot;
    private final Spinner pages;
    private final Text fill;
    private Optional<Statement> shown = Optional.empty();
    private boolean updating;

    public MapFields(Composite parent, FormToolkit toolkit, BiPredicate<Statement, String> apply) {
        this.apply = apply;
        control = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(control);
        region = text(toolkit, "Re&gion:", "P.NAME: the process and the region's name", l -> l.withWord(MapLine.REGION,
                regionText()));
        kind = combo(toolkit, "&Kind:", "anon: anonymous memory", MapLine.KIND, "anon");
        sharing = combo(toolkit, "S&haring:", "private: copy-on-write after fork; shared: MAP_SHARED",
                MapLine.SHARING, "private", "shared");
        prot = combo(toolkit, "&Protection:", "rw or ro (VM_WRITE)", MapLine.PROT, "rw", "ro");
        toolkit.createLabel(control, "Pag&es:");
        pages = new Spinner(control, SWT.BORDER);
        pages.setMinimum(1);
        pages.setMaximum(512);
        pages.setToolTipText("pages=N: the number of 4 KiB pages of the region");
        pages.addListener(SWT.Selection, e -> change(l -> l.withOption("pages", String.valueOf(pages.getSelection()))));
        fill = text(toolkit, "&Fill:", "fill=S: one symbol for every sector, 8 (one per sector) or 8 per page; "
                + "empty for zero-filled", l -> l.withOption("fill", fillText()));
    }

    private String regionText() {
        return region.getText();
    }

    private String fillText() {
        return fill.getText();
    }

    private Text text(FormToolkit toolkit, String label, String tip, UnaryOperator<MapLine> edit) {
        toolkit.createLabel(control, label);
        Text t = toolkit.createText(control, "", SWT.SINGLE | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(t);
        t.setToolTipText(tip + " (Enter applies)");
        t.addListener(SWT.DefaultSelection, e -> change(edit));
        t.addListener(SWT.FocusOut, e -> change(edit));
        return t;
    }

    private Combo combo(FormToolkit toolkit, String label, String tip, int word, String... items) {
        toolkit.createLabel(control, label);
        Combo c = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (String i : items) {
            c.add(i);
        }
        c.setToolTipText(tip);
        c.addListener(SWT.Selection, e -> change(l -> l.withWord(word, c.getText())));
        return c;
    }

    private void change(UnaryOperator<MapLine> edit) {
        if (updating || shown.isEmpty()) {
            return;
        }
        Statement s = shown.get();
        String code = edit.apply(MapLine.parse(s.code())).text();
        if (!code.equals(s.code())) {
            apply.test(s, code);
        }
    }

    /** Shows the fields of a map line. */
    public void show(Statement map) {
        updating = true;
        try {
            shown = Optional.of(map);
            MapLine l = MapLine.parse(map.code());
            region.setText(l.word(MapLine.REGION));
            select(kind, l.word(MapLine.KIND));
            select(sharing, l.word(MapLine.SHARING));
            select(prot, l.word(MapLine.PROT));
            String p = l.option("pages");
            pages.setSelection(p.matches("[0-9]+") ? Integer.parseInt(p) : 1);
            fill.setText(l.option("fill"));
        } finally {
            updating = false;
        }
    }

    private static void select(Combo c, String value) {
        if (c.indexOf(value) < 0) {
            c.add(value);
        }
        c.select(c.indexOf(value));
    }

    public Control control() {
        return control;
    }

    public Text region() {
        return region;
    }

    public Combo sharing() {
        return sharing;
    }

    public Combo protection() {
        return prot;
    }

    public Spinner pages() {
        return pages;
    }

    public Text fill() {
        return fill;
    }
}
