package org.mmrace.ui.internal.core;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * The org.mmrace.ui bundle: owns the results the workbench shows and the rule that makes
 * scenario runs queue one after another. One instance per running bundle; OSGi creates it.
 */
public final class MmraceUi extends AbstractUIPlugin {

    public static final String ID = "org.mmrace.ui";

    private static MmraceUi instance;

    private final ResultsRegistry results = new ResultsRegistry();
    private final ProgressHistory progress = new ProgressHistory();
    private final ISchedulingRule runRule = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static MmraceUi get() {
        return instance;
    }

    public ResultsRegistry results() {
        return results;
    }

    /** The progress reports of the current (or last) run, for the Results view's progress table. */
    public ProgressHistory progress() {
        return progress;
    }

    /** Held by every scenario run: runs queue in the Progress view instead of sharing the cores. */
    public ISchedulingRule runRule() {
        return runRule;
    }
}
