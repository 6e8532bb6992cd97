package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mmrace.ui.internal.editor.DesignPage;
import org.mmrace.ui.internal.editor.RaceEditor;

class DesignPageTest {

    private static final String SEED = TestProjects.bundleText("templates/seed.race")
            .replace("  store buf[0].7 data=W\n", "  store buf[0].7 data=W   # keeps writing the last sector\n");

    @AfterEach
    void closeEditors() {
        UiTestSupport.onUi(TestProjects::closeEditors);
    }

    @Test
    void addingAnOperationOnTheDesignPageChangesTheTextAndKeepsComments() {
        IFile file = TestProjects.file("design", "odirect-fork-writer.race", SEED);
        UiTestSupport.onUi(() -> {
            RaceEditor editor = assertInstanceOf(RaceEditor.class, TestProjects.open(file));
            IDocument doc = editor.document();
            editor.showPage(RaceEditor.DESIGN_PAGE);
            DesignPage design = editor.designPage();
            design.selectAt(doc.get().indexOf("thread P.writer"));
            design.setOperationKind("load");
            RunAndTraceTest.press(design.control(), "Add &Operation");
            assertTrue(doc.get().contains("  store buf[0].7 data=W   # keeps writing the last sector\n"
                    + "  load buf[0].0 -> r1\nthread P.forker\n"), doc.get());
            assertEquals("load buf[0].0 -> r1", design.field().getText(), "the new operation is selected for editing");

            // An edit with an error is refused, with the validator's message; the text stays as it was.
            String before = doc.get();
            design.field().setText("load buf[0].9 -> r2");
            design.apply();
            assertFalse(design.errorText().isEmpty(), "sector 9 does not exist");
            assertEquals(before, doc.get());

            design.field().setText("load buf[0].7 -> r2");
            design.apply();
            assertTrue(doc.get().contains("data=W   # keeps writing the last sector\n  load buf[0].7 -> r2\n"),
                    doc.get());
            assertTrue(labels(design).contains("load buf[0].7 -> r2"), "the tree shows the edit: " + labels(design));

            RunAndTraceTest.press(design.control(), "Move &Up");
            assertTrue(doc.get().contains("thread P.writer\n  load buf[0].7 -> r2\n"
                    + "  store buf[0].7 data=W   # keeps writing the last sector\n"), doc.get());
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "editor-design");

            // Undo (the workbench's Edit > Undo) takes back the move, as on the Source page.
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo",
                    null);
            assertTrue(doc.get().contains("data=W   # keeps writing the last sector\n  load buf[0].7 -> r2\n"),
                    doc.get());

            // A change in the text shows on the Design page at once.
            int at = doc.get().indexOf("thread P.dio");
            doc.replace(at, "thread P.dio".length(), "thread P.reader");
            assertTrue(labels(design).contains("thread P.reader"), "labels: " + labels(design));
            assertTrue(editor.isDirty());
            return null;
        });
    }

    private static List<String> labels(DesignPage design) {
        List<String> out = new ArrayList<>();
        for (TreeItem item : design.tree().getTree().getItems()) {
            collect(item, out);
        }
        return out;
    }

    private static void collect(TreeItem item, List<String> out) {
        out.add(item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, out);
        }
    }
}
