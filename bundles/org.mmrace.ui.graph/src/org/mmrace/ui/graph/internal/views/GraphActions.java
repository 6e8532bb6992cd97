package org.mmrace.ui.graph.internal.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.mmrace.export.diagram.PatchDiagram;
import org.mmrace.export.graph.internal.AtomicFiles;
import org.mmrace.ui.graph.GraphViewer;
import org.mmrace.ui.graph.mm.TraceStepSelection;

/**
 * The export actions every graph view and trace offers: the graph as PNG, SVG or DOT, and a trace as
 * the patch diagram (to the clipboard or a file). All go through org.mmrace.export, like the
 * command line.
 */
public final class GraphActions {

    private GraphActions() {
    }

    /** "Export Graph…": asks for a file; the extension (.png, .svg, .dot) picks the format. */
    public static Action exportGraph(Supplier<GraphViewer> viewer, Supplier<String> suggestedName) {
        Action action = new Action("Export Graph\u2026") {
            @Override
            public void run() {
                GraphViewer v = viewer.get();
                Shell shell = v.getControl().getShell();
                FileDialog dialog = new FileDialog(shell, SWT.SAVE);
                dialog.setText("Export Graph");
                dialog.setFilterExtensions(new String[] { "*.png", "*.svg", "*.dot" });
                dialog.setFilterNames(new String[] { "PNG image", "SVG drawing", "Graphviz DOT" });
                dialog.setFileName(suggestedName.get() + ".png");
                dialog.setOverwrite(true);
                String file = dialog.open();
                if (file == null) {
                    return;
                }
                try {
                    Path path = withExtension(Path.of(file), dialog.getFilterIndex());
                    v.export(path, format(path));
                } catch (IOException | IllegalArgumentException e) {
                    MessageDialog.openError(shell, "Export Graph", "Cannot write " + file + ": " + e.getMessage());
                }
            }
        };
        action.setToolTipText("Export the whole graph as PNG, SVG or DOT");
        return action;
    }

    static Path withExtension(Path path, int filterIndex) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") || name.endsWith(".svg") || name.endsWith(".dot")) {
            return path;
        }
        String ext = switch (filterIndex) {
            case 1 -> ".svg";
            case 2 -> ".dot";
            default -> ".png";
        };
        return path.resolveSibling(path.getFileName() + ext);
    }

    /** The format a file name asks for. */
    public static GraphViewer.ExportFormat format(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return GraphViewer.ExportFormat.SVG;
        }
        if (name.endsWith(".dot") || name.endsWith(".gv")) {
            return GraphViewer.ExportFormat.DOT;
        }
        if (name.endsWith(".png")) {
            return GraphViewer.ExportFormat.PNG;
        }
        throw new IllegalArgumentException("use .png, .svg or .dot");
    }

    /** The patch diagram of the selection's whole trace (at most 75 columns). */
    public static String patchDiagram(TraceStepSelection selection) {
        return new PatchDiagram(PatchDiagram.DEFAULT_WIDTH).render(selection.trace(), selection.violation());
    }

    /** "Copy as Patch Diagram": the trace's diagram as text on the clipboard. */
    public static void copyPatchDiagram(Display display, TraceStepSelection selection) {
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { patchDiagram(selection) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** "Export Patch Diagram…": the trace's diagram to a text file, written atomically. */
    public static void exportPatchDiagram(Shell shell, TraceStepSelection selection) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Patch Diagram");
        dialog.setFilterExtensions(new String[] { "*.txt", "*.*" });
        dialog.setFileName(selection.result().scenario() + "-" + selection.result().strategy() + ".txt");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            byte[] text = patchDiagram(selection).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(Path.of(file), out -> out.write(text));
        } catch (IOException e) {
            MessageDialog.openError(shell, "Export Patch Diagram", "Cannot write " + file + ": " + e.getMessage());
        }
    }
}
