package org.mmrace.ui.internal.prefs;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.preference.IPreferenceStore;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.ui.internal.core.MmraceUi;

/** The run preferences: default strategies, state and time limits, worker threads. */
public final class RunPreferences extends AbstractPreferenceInitializer {

    public static final String STRATEGIES = "run.strategies";
    public static final String MAX_STATES = "run.maxStates";
    public static final String TIMEOUT_SECONDS = "run.timeoutSeconds";
    public static final String WORKERS = "run.workers";
    public static final String SAVE_BEFORE_RUN = "run.saveBeforeRun";

    /** Used when nothing was chosen yet: the era of the 2008 race and the fix discussed for it. */
    static final String DEFAULT_STRATEGIES = "linux-2.6.27,brlock-2008";

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences node = DefaultScope.INSTANCE.getNode(MmraceUi.ID);
        node.put(STRATEGIES, DEFAULT_STRATEGIES);
        node.putLong(MAX_STATES, 5_000_000L);
        node.putInt(TIMEOUT_SECONDS, 600);
        node.putInt(WORKERS, Math.max(1, Runtime.getRuntime().availableProcessors()));
        node.putBoolean(SAVE_BEFORE_RUN, true);
    }

    public static IPreferenceStore store() {
        return MmraceUi.get().getPreferenceStore();
    }

    public static List<String> strategies(IPreferenceStore store) {
        String value = store.getString(STRATEGIES);
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static void setStrategies(IPreferenceStore store, List<String> ids) {
        store.setValue(STRATEGIES, String.join(",", ids));
    }

    public static ExploreOptions options(IPreferenceStore store) {
        return new ExploreOptions(Math.max(1, store.getLong(MAX_STATES)),
                Duration.ofSeconds(Math.max(1, store.getInt(TIMEOUT_SECONDS))), Math.max(1, store.getInt(WORKERS)));
    }
}
