package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.ui.internal.help.UserGuideView;
import org.mmrace.ui.internal.prefs.RunPreferences;

class PreferencesAndHelpTest {

    @Test
    void helpContentsOpensTheUserGuideWithItsSections() {
        UiTestSupport.onUi(() -> {
            Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            MenuItem item = menuItem(shell.getMenuBar(), "Help", "Help Contents");
            item.notifyListeners(SWT.Selection, new Event());
            UiTestSupport.processEvents(UiTestSupport.display(), 300);
            UserGuideView guide = (UserGuideView) TestProjects.page().findView(UserGuideView.ID);
            assertNotNull(guide, "Help Contents opened no guide");
            assertEquals(List.of("Your first analysis", "Scenarios", "Strategies", "Verdicts", "Oracles",
                    "Reading a trace", "Runs and results", "Exporting"), guide.sections());
            assertTrue(guide.text().contains("Run > Run Scenario (Ctrl+F11"), "the guide names the real command");
            Screenshots.save(shell, "help-user-guide");
            TestProjects.page().setPartState(TestProjects.page().getReference(guide),
                    org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
            TestProjects.page().hideView(guide);
        });
    }

    private static MenuItem menuItem(Menu bar, String menu, String item) {
        for (MenuItem top : bar.getItems()) {
            if (top.getText().replace("&", "").equals(menu)) {
                Menu m = top.getMenu();
                m.notifyListeners(SWT.Show, new Event());
                for (MenuItem i : m.getItems()) {
                    if (i.getText().replace("&", "").startsWith(item)) {
                        return i;
                    }
                }
            }
        }
        throw new AssertionError("no menu item " + menu + " > " + item);
    }

    @Test
    void thePreferencePageSetsTheRunLimits() {
        UiTestSupport.onUi(() -> {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.mmrace.ui.preferences.run",
                    null, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            Screenshots.save(dialog.getShell(), "preferences");
            dialog.close();
            var store = RunPreferences.store();
            store.setValue(RunPreferences.MAX_STATES, 123_456L);
            store.setValue(RunPreferences.TIMEOUT_SECONDS, 42);
            store.setValue(RunPreferences.WORKERS, 3);
            ExploreOptions options = RunPreferences.options(store);
            assertEquals(new ExploreOptions(123_456L, java.time.Duration.ofSeconds(42), 3), options);
            store.setToDefault(RunPreferences.MAX_STATES);
            store.setToDefault(RunPreferences.TIMEOUT_SECONDS);
            store.setToDefault(RunPreferences.WORKERS);
        });
    }
}
