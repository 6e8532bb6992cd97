package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mmrace.ui.internal.editor.ProblemMarkers;
import org.mmrace.ui.internal.editor.RaceEditor;

class ProblemsAndFormatTest {

    private static final String SEED = TestProjects.bundleText("templates/seed.race");

    @AfterEach
    void closeEditors() {
        UiTestSupport.onUi(TestProjects::closeEditors);
    }

    @Test
    void aMisspelledOperationTypedInTheEditorBecomesAnErrorMarkerInTheProblemsView() {
        IFile file = TestProjects.file("problems", "odirect-fork-writer.race", SEED);
        UiTestSupport.onUi(() -> {
            RaceEditor editor = assertInstanceOf(RaceEditor.class, TestProjects.open(file));
            waitForMarkers(file, 0);
            IDocument doc = editor.document();
            int at = doc.get().indexOf("dio_read");
            doc.replace(at, "dio_read".length(), "dio_raed");
            List<IMarker> markers = waitForMarkers(file, 1);
            IMarker marker = markers.get(0);
            assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
            assertEquals(doc.getLineOfOffset(at) + 1, marker.getAttribute(IMarker.LINE_NUMBER, -1));
            assertEquals(at, marker.getAttribute(IMarker.CHAR_START, -1));
            assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("dio_raed"),
                    marker.getAttribute(IMarker.MESSAGE, ""));
            TestProjects.page().showView(IPageLayout.ID_PROBLEM_VIEW);
            TestProjects.page().activate(editor);
            editor.sourceEditor().selectAndReveal(at, 8);
            UiTestSupport.processEvents(UiTestSupport.display(), 800);
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "editor-problem-marker");

            // Fixing the typo clears the marker.
            doc.replace(at, "dio_raed".length(), "dio_read");
            waitForMarkers(file, 0);
            return null;
        });
    }

    private static List<IMarker> waitForMarkers(IFile file, int count) throws Exception {
        List<IMarker> markers = List.of();
        for (int i = 0; i < 60; i++) {
            UiTestSupport.processEvents(UiTestSupport.display(), 100);
            markers = Arrays.asList(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO));
            if (markers.size() == count) {
                return markers;
            }
        }
        throw new AssertionError("expected " + count + " markers on " + file + ", found "
                + markers.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
    }

    @Test
    void formatLaysOutTheScenarioCanonicallyAndKeepsComments() {
        String messy = "scenario   tidy\n# the process under test\nprocess P\nmap P.buf anon private rw pages=1 fill=A\n"
                + "thread P.t1\n      store    buf[0].0   data=B   # the only store\n"
                + "require P.buf[0].0 == B \"stored\"\n";
        IFile file = TestProjects.file("format", "tidy.race", messy);
        UiTestSupport.onUi(() -> {
            RaceEditor editor = assertInstanceOf(RaceEditor.class, TestProjects.open(file));
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            handlers.executeCommand("org.mmrace.ui.commands.format", null);
            assertEquals("scenario tidy\n# the process under test\nprocess P\nmap P.buf anon private rw pages=1 fill=A\n"
                    + "thread P.t1\n  store buf[0].0 data=B  # the only store\n"
                    + "require P.buf[0].0 == B   \"stored\"\n", editor.document().get());
            return null;
        });
    }
}
