package org.mmrace.ui.internal.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.ui.internal.application.MmracePerspective;
import org.mmrace.ui.internal.trace.MmTree.Node;

/**
 * The MM State view: the state after the step selected in the Trace view, as a tree (processes,
 * VMAs, ptes, pages with count, mapcount, flags and sector contents; page frames, I/O, pins,
 * locks, threads). What the step changed is highlighted; "Show Only Changed" hides the rest.
 */
public final class MmStateView extends ViewPart {

    public static final String ID = MmracePerspective.MM_STATE_VIEW;
    private static final Color CHANGED = new Color(255, 240, 140);
    private static final Color ADDED = new Color(208, 240, 200);
    private static final Color REMOVED = new Color(250, 214, 214);
    private static final Color REMOVED_TEXT = new Color(160, 30, 30);

    private Label header;
    private TreeViewer viewer;
    private IAction onlyChanged;
    private IAction previousChange;
    private IAction nextChange;
    private Optional<StepRef> shown = Optional.empty();
    private String lastStatus = "";
    private final ISelectionListener listener = (part, selection) -> {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof StepRef ref) {
            show(ref);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).margins(4, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(header);
        header.setText("Select a step in the Trace view to see the memory-management state after it.");
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((Node) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Node) element).children().isEmpty();
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        column("Element", 150, Node::label, bold);
        column("State", 420, Node::detail, bold);
        onlyChanged = new Action("Show Only Changed", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                refilter();
            }
        };
        onlyChanged.setToolTipText("Show only what the selected step changed");
        onlyChanged.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_CLEAR));
        previousChange = changeAction("Previous Change of the Selected Element (Ctrl+Up)", -1,
                ISharedImages.IMG_TOOL_BACK);
        nextChange = changeAction("Next Change of the Selected Element (Ctrl+Down)", 1, ISharedImages.IMG_TOOL_FORWARD);
        getViewSite().getActionBars().getToolBarManager().add(onlyChanged);
        getViewSite().getActionBars().getToolBarManager().add(previousChange);
        getViewSite().getActionBars().getToolBarManager().add(nextChange);
        // Ctrl+Up/Down from the tree, as the toolbar's tooltips say; plain arrows move in the tree.
        viewer.getTree().addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
                e.doit = false;
                jumpToChange(e.keyCode == SWT.ARROW_UP ? -1 : 1);
            }
        });
        getSite().getPage().addPostSelectionListener(TraceView.ID, listener);
        if (getSite().getPage().findView(TraceView.ID) instanceof TraceView trace
                && trace.viewer().getStructuredSelection().getFirstElement() instanceof StepRef ref) {
            show(ref);
        }
    }

    private IAction changeAction(String text, int direction, String image) {
        Action a = new Action(text) {
            @Override
            public void run() {
                jumpToChange(direction);
            }
        };
        a.setToolTipText(text + ": the step before or after this one that changes it, in the Trace view");
        a.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        return a;
    }

    /**
     * Selects, in the Trace view, the nearest step before or after the shown one that changes
     * the element selected here (a page's count, a pte, a lock): "when did this change?".
     */
    public Optional<Integer> jumpToChange(int direction) {
        if (shown.isEmpty() || !(viewer.getStructuredSelection().getFirstElement() instanceof Node node)) {
            status("Select an element (a page, a pte, a lock) to find the step that changes it.");
            return Optional.empty();
        }
        StepRef ref = shown.get();
        int n = ref.input().trace().length();
        for (int i = ref.index() + direction; i >= 0 && i < n; i += direction) {
            StepRef at = new StepRef(ref.input(), i);
            if (MmTree.changes(at.before(), at.step().after(), node.id())) {
                String id = node.id();
                if (getSite().getPage().findView(TraceView.ID) instanceof TraceView trace) {
                    trace.select(i);
                }
                show(at);
                reselect(id);
                status("Step " + (i + 1) + " changes " + node.label() + ".");
                return Optional.of(i);
            }
        }
        status("No " + (direction < 0 ? "earlier" : "later") + " step changes " + node.label() + ".");
        return Optional.empty();
    }

    private void reselect(String id) {
        findNode(shownNodes(), id).ifPresent(x -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(x),
                true));
    }

    @SuppressWarnings("unchecked")
    private List<Node> shownNodes() {
        return viewer.getInput() instanceof List<?> l ? (List<Node>) l : List.of();
    }

    private static Optional<Node> findNode(List<Node> nodes, String id) {
        for (Node n : nodes) {
            if (n.id().equals(id)) {
                return Optional.of(n);
            }
            Optional<Node> below = findNode(n.children(), id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private void status(String message) {
        getViewSite().getActionBars().getStatusLineManager().setMessage(message);
        lastStatus = message;
    }

    /** The last message of this view on the status line (for tests). */
    public String lastStatus() {
        return lastStatus;
    }

    private void column(String title, int width, java.util.function.Function<Node, String> text, Font bold) {
        TreeViewerColumn col = new TreeViewerColumn(viewer, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Node) element);
            }

            @Override
            public Color getBackground(Object element) {
                Node n = (Node) element;
                return n.removed() ? REMOVED : n.added() ? ADDED : n.changed() ? CHANGED : null;
            }

            @Override
            public Color getForeground(Object element) {
                return ((Node) element).removed() ? REMOVED_TEXT : null;
            }

            @Override
            public String getToolTipText(Object element) {
                Node n = (Node) element;
                String what = n.removed() ? "\n(removed by this step)" : n.added() ? "\n(new in this step)"
                        : n.changed() ? "\n(changed by this step; before: " + n.before().orElse("") + ")" : "";
                return n.label() + ": " + n.detail() + what;
            }

            @Override
            public Font getFont(Object element) {
                return ((Node) element).changedHere() ? bold : null;
            }
        });
    }

    /** Shows the state after {@code ref}'s step (UI thread). */
    public void show(StepRef ref) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        shown = Optional.of(ref);
        TraceStep step = ref.step();
        // What the step changed is in the tree (coloured) and in the Trace view's details pane: the
        // header stays short so the tree keeps its room.
        header.setText("After step " + (ref.index() + 1) + " of " + ref.input().trace().length() + ", " + step.thread()
                + ": " + step.kernelStep()
                + "\nYellow changed, green new, red gone; Ctrl+Up/Down: the step that changes the selection");
        header.setToolTipText(step.changes().isEmpty() ? null : "Changed: " + String.join("\n", step.changes()));
        header.getParent().layout();
        List<Node> nodes = MmTree.of(ref.before(), step.after());
        Optional<String> selectedId = viewer.getStructuredSelection().getFirstElement() instanceof Node n
                ? Optional.of(n.id()) : Optional.empty();
        viewer.getControl().setRedraw(false);
        try {
            viewer.setInput(nodes);
            expandChanged(nodes);
            // The element selected before stays selected from step to step, as one follows a page.
            selectedId.ifPresent(this::reselect);
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    private void expandChanged(List<Node> nodes) {
        // Processes and what changed stay open; unchanged groups (page frames, threads) stay closed.
        List<Object> expanded = new ArrayList<>();
        collectExpanded(nodes, expanded);
        viewer.setExpandedElements(expanded.toArray());
    }

    private static void collectExpanded(List<Node> nodes, List<Object> into) {
        for (Node n : nodes) {
            if (n.changedBelow() || n.id().startsWith("mm:") || n.id().startsWith("vma:") || n.id().startsWith("pte:")) {
                into.add(n);
            }
            collectExpanded(n.children(), into);
        }
    }

    private void refilter() {
        if (onlyChanged.isChecked()) {
            viewer.setFilters(new ViewerFilter() {
                @Override
                public boolean select(Viewer v, Object parent, Object element) {
                    return ((Node) element).changedHere();
                }
            });
        } else {
            viewer.resetFilters();
        }
        if (viewer.getInput() instanceof List<?> nodes) {
            @SuppressWarnings("unchecked")
            List<Node> list = (List<Node>) nodes;
            expandChanged(list);
        }
    }

    public void setOnlyChanged(boolean on) {
        onlyChanged.setChecked(on);
        refilter();
    }

    public Optional<StepRef> shown() {
        return shown;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(TraceView.ID, listener);
        super.dispose();
    }
}
