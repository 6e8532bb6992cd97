package org.mmrace.ui.internal.editor;

import java.util.function.IntConsumer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.mmrace.lang.assist.RaceStructure.Statement;
import org.mmrace.lang.assist.RaceStructure;

/** The Outline of a scenario: header, processes and mappings, threads and their operations, conditions. */
final class RaceOutlinePage extends ContentOutlinePage {

    private final IntConsumer reveal;
    private RaceStructure structure = RaceStructure.of("");

    RaceOutlinePage(IntConsumer reveal) {
        this.reveal = reveal;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((RaceStructure) input).statements().toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((Statement) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Statement) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return label((Statement) element);
            }

            @Override
            public Image getImage(Object element) {
                return image((Statement) element);
            }
        });
        viewer.setUseHashlookup(false);
        viewer.setInput(structure);
        viewer.expandAll();
        viewer.addSelectionChangedListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Statement st) {
                reveal.accept(st.offset());
            }
        });
    }

    static String label(Statement s) {
        return s.label();
    }

    private static Image image(Statement s) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return switch (s.kind()) {
        case THREAD, KTHREAD -> images.getImage(ISharedImages.IMG_OBJ_FOLDER);
        case UNKNOWN -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        default -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
        };
    }

    void setStructure(RaceStructure newStructure) {
        structure = newStructure;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().setRedraw(false);
            try {
                viewer.setInput(newStructure);
                viewer.expandAll();
            } finally {
                viewer.getControl().setRedraw(true);
            }
        }
    }
}
