package org.mmrace.ui.graph.mm;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.mmrace.core.run.RunResult;

/**
 * Input of the strategy compare editor: two runs of the same scenario. The Results view opens one
 * with {@code new StrategyCompareInput(a, b).open(page)}.
 */
public final class StrategyCompareInput implements IEditorInput {

    /** The compare editor's id. */
    public static final String EDITOR_ID = "org.mmrace.ui.editors.compareStrategies";

    private final RunResult left;
    private final RunResult right;
    private final java.util.Optional<org.mmrace.core.spec.ScenarioSpec> spec;

    public StrategyCompareInput(RunResult left, RunResult right) {
        this(left, right, java.util.Optional.empty());
    }

    /** With the scenario, the editor can also replay the left run's counterexample under the right strategy. */
    public StrategyCompareInput(RunResult left, RunResult right,
            java.util.Optional<org.mmrace.core.spec.ScenarioSpec> spec) {
        if (!left.scenario().equals(right.scenario())) {
            throw new IllegalArgumentException("compare runs of one scenario, not " + left.scenario() + " and "
                    + right.scenario());
        }
        this.left = left;
        this.right = right;
        this.spec = spec;
    }

    public java.util.Optional<org.mmrace.core.spec.ScenarioSpec> spec() {
        return spec;
    }

    public RunResult left() {
        return left;
    }

    public RunResult right() {
        return right;
    }

    public void open(IWorkbenchPage page) throws PartInitException {
        page.openEditor(this, EDITOR_ID);
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return left.scenario() + ": " + left.strategy() + " \u2194 " + right.strategy();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null; // results live in memory only; a restarted workbench reruns them
    }

    @Override
    public String getToolTipText() {
        return "Compare " + left.scenario() + " under " + left.strategy() + " and " + right.strategy();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StrategyCompareInput other && other.left == left && other.right == right;
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(left), System.identityHashCode(right));
    }
}
