package org.mmrace.ui.internal.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "mmrace" perspective: scenarios on the left, the editor in the middle, results and
 * traces below, the MM state on the right. Views contributed later register themselves
 * under the placeholders below.
 */
public final class MmracePerspective implements IPerspectiveFactory {

    public static final String ID = "org.mmrace.ui.perspective";
    public static final String RESULTS_VIEW = "org.mmrace.ui.views.results";
    public static final String TRACE_VIEW = "org.mmrace.ui.views.trace";
    public static final String MM_STATE_VIEW = "org.mmrace.ui.views.mmstate";
    public static final String MM_GRAPH_VIEW = "org.mmrace.ui.views.mmgraph";
    public static final String STATE_SPACE_VIEW = "org.mmrace.ui.views.statespace";
    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
    private static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editorArea);
        left.addView(PROJECT_EXPLORER);

        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.6f, editorArea);
        bottom.addView(RESULTS_VIEW);
        bottom.addView(TRACE_VIEW);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(PROGRESS_VIEW);
        bottom.addPlaceholder("org.mmrace.ui.views.reality");

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.6f, editorArea);
        right.addView(IPageLayout.ID_OUTLINE);
        right.addView(MM_STATE_VIEW);
        right.addPlaceholder(MM_GRAPH_VIEW);
        right.addPlaceholder(STATE_SPACE_VIEW);
        right.addPlaceholder("org.mmrace.ui.views.userGuide");

        layout.addNewWizardShortcut("org.mmrace.ui.wizards.newProject");
        layout.addNewWizardShortcut("org.mmrace.ui.wizards.newScenario");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addShowViewShortcut(RESULTS_VIEW);
        layout.addShowViewShortcut(TRACE_VIEW);
        layout.addShowViewShortcut("org.mmrace.ui.views.reality");
        layout.addShowViewShortcut(MM_STATE_VIEW);
        // The graphs were only under Window > Show View > Other..., where a newcomer did not find them.
        layout.addShowViewShortcut(MM_GRAPH_VIEW);
        layout.addShowViewShortcut(STATE_SPACE_VIEW);
        layout.addShowViewShortcut("org.mmrace.ui.views.userGuide");
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(PROGRESS_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
    }
}
