package org.mmrace.ui.internal.reality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.export.c.CProgram;
import org.mmrace.export.c.CReproducer;
import org.mmrace.export.c.RealityReport;
import org.mmrace.ui.internal.core.Icons;
import org.mmrace.ui.internal.core.MmraceUi;

/**
 * Results of Run on This Kernel: each final outcome, how often the kernel showed it, and beside it
 * the model's column for the strategy matching {@code uname -r} (allowed or forbidden). A forbidden
 * outcome seen on the kernel is a disagreement (red); allowed outcomes never seen are listed
 * (grey). Notes say which operations the reproducer only approximates; Open Generated C shows
 * the program that ran, in a text editor.
 */
public final class RealityView extends ViewPart {
    public static final String ID = "org.mmrace.ui.views.reality";
    private static final Color DISAGREE = new Color(255, 190, 190);
    private static final Color NEVER = new Color(120, 120, 120);

    private Label header;
    private TableViewer viewer;
    private TableViewerColumn seenColumn;
    private TableViewerColumn modelColumn;
    private Text notes;
    private Optional<ScenarioSpec> spec = Optional.empty();
    private final Action openC = new Action("Open Generated C") {
        @Override
        public void run() {
            spec.ifPresent(RealityView.this::openGeneratedC);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).margins(4, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        header.setText("Nothing run on this kernel yet: open a scenario and use Run > Run on This Kernel.");
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Final outcome", 440, r -> r.outcome(), null);
        seenColumn = column("Seen on this kernel", 300, r -> r.seen() == 0 ? "never" : r.seen() == 1 ? "1 run"
                : r.seen() + " runs", null);
        modelColumn = column("Model", 140, r -> r.allowed() ? "allowed" : "forbidden",
                r -> Icons.get(r.allowed() ? Icons.OK : Icons.FAIL));
        column("Verdict", 170, r -> r.disagreement() ? "DISAGREEMENT" : r.seen() == 0 ? "allowed, not seen"
                : r.torn() ? "agrees (torn sector)" : "agrees", null);
        notes = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        sash.setWeights(3, 1);
        openC.setToolTipText("Open the C reproducer of this scenario in a text editor");
        openC.setImageDescriptor(Icons.descriptor(Icons.SCENARIO));
        openC.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(openC);
        viewer.setInput(List.of());
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<RealityRows.Row, String> text,
            java.util.function.Function<RealityRows.Row, Image> image) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RealityRows.Row) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply((RealityRows.Row) element);
            }

            @Override
            public Color getBackground(Object element) {
                return ((RealityRows.Row) element).disagreement() ? DISAGREE : null;
            }

            @Override
            public Color getForeground(Object element) {
                return ((RealityRows.Row) element).seen() == 0 ? NEVER : null;
            }
        });
        return c;
    }

    /** The check has started (UI thread). */
    public void running(ScenarioSpec s) {
        spec = Optional.of(s);
        openC.setEnabled(true);
        header.setText(s.name() + ": running on this kernel... (Progress view; Cancel stops the reproducer)");
        viewer.setInput(List.of());
        notes.setText("");
        header.getParent().layout();
    }

    /** Shows a finished check (UI thread). */
    public void show(ScenarioSpec s, RealityReport r) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        spec = Optional.of(s);
        openC.setEnabled(true);
        RealityRows rows = RealityRows.of(r);
        long disagreements = rows.rows().stream().filter(RealityRows.Row::disagreement).count();
        header.setText(r.scenario() + " on Linux " + r.kernel() + " as " + r.strategy() + ": " + r.status().word()
                + " (" + r.observed().runs() + " runs, " + r.seen().size() + " outcomes seen"
                + (disagreements > 0 ? ", " + disagreements + " the model forbids" : "") + ")");
        seenColumn.getColumn().setText("Seen on Linux " + r.kernel() + " (" + r.observed().runs() + ")");
        modelColumn.getColumn().setText("Model: " + r.strategy());
        viewer.setInput(rows.rows());
        List<String> lines = new ArrayList<>();
        for (RealityReport.Seen d : r.disagreements()) {
            lines.add("Disagreement: the kernel ended in " + r.render(d.outcome()) + " (" + d.count() + " of "
                    + r.observed().runs() + " runs), which " + r.strategy() + " forbids: a model bug or a kernel bug.");
        }
        r.observed().unsupported().ifPresent(u -> lines.add("unsupported: " + u));
        r.observed().failure().ifPresent(f -> lines.add("failed: " + f));
        r.modelNote().ifPresent(n -> lines.add("note: " + n));
        if (r.observed().errors() > 0) {
            lines.add("errors: " + r.observed().errors() + " runs had a failing operation (not counted): "
                    + r.observed().firstError().orElse(""));
        }
        lines.addAll(r.observed().notes());
        if (lines.isEmpty()) {
            lines.add("Every operation of this scenario is reproduced exactly (no approximated or unsupported one).");
        }
        notes.setText(String.join("\n", lines));
        header.getParent().layout();
    }

    /** Writes the reproducer into the workbench's state area and opens it in a text editor. */
    public Optional<IEditorPart> openGeneratedC(ScenarioSpec s) {
        try {
            CProgram program = new CReproducer().generate(s);
            Path dir = MmraceUi.get().getStateLocation().toFile().toPath().resolve("reproducers");
            Files.createDirectories(dir);
            Path file = dir.resolve(program.fileName());
            Files.writeString(file, program.source());
            return Optional.of(IDE.openEditorOnFileStore(getSite().getPage(), EFS.getLocalFileSystem()
                    .getStore(file.toUri())));
        } catch (IOException | PartInitException | IllegalArgumentException e) {
            MessageDialog.openError(getSite().getShell(), "Open Generated C", "Cannot write or open the reproducer: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    /** The rows shown (for tests). */
    public List<String> shownRows() {
        List<String> l = new ArrayList<>();
        for (Object o : (List<?>) viewer.getInput()) {
            RealityRows.Row r = (RealityRows.Row) o;
            l.add(r.outcome() + " | " + r.seen() + " | " + (r.allowed() ? "allowed" : "forbidden"));
        }
        return l;
    }

    public String headerText() {
        return header.getText();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
