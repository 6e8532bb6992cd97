package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mmrace.ui.internal.editor.DesignPage;
import org.mmrace.ui.internal.editor.MapFields;
import org.mmrace.ui.internal.editor.OperationTable;
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

    @Test
    void editingThroughTheOperationTableAndTheMapFieldsRewritesOnlyThatWordAndUndoes() {
        IFile file = TestProjects.file("design", "table.race", SEED);
        UiTestSupport.onUi(() -> {
            RaceEditor editor = assertInstanceOf(RaceEditor.class, TestProjects.open(file));
            IDocument doc = editor.document();
            editor.showPage(RaceEditor.DESIGN_PAGE);
            DesignPage design = editor.designPage();
            design.selectAt(doc.get().indexOf("thread P.writer"));
            assertEquals("Operations of thread P.writer", design.detailsTitle());
            OperationTable table = design.operationTable();
            assertEquals(List.of("1|store|buf[0].7|W|"), rows(table));
            assertEquals(List.of("buf[0]", "buf[0].0", "buf[0].1", "buf[0].2", "buf[0].3", "buf[0].4", "buf[0].5",
                    "buf[0].6", "buf[0].7"), table.targets(row(table, 0)), "the addresses of P's one-page region");

            // The data cell: a text editor; Enter applies.
            editText(table, 0, OperationTable.DATA, "X");
            assertTrue(doc.get().contains("\n  store buf[0].7 data=X   # keeps writing the last sector\n"), doc.get());

            // The address: a combo of the region's pages and sectors.
            editCombo(table, 0, OperationTable.TARGET, "buf[0].3");
            assertTrue(doc.get().contains("\n  store buf[0].3 data=X   # keeps"), doc.get());

            // An address the validator rejects is refused with its message; the text stays.
            String before = doc.get();
            editCombo(table, 0, OperationTable.TARGET, "buf[0].9");
            assertTrue(design.errorText().contains("sector 9"), design.errorText());
            assertEquals(before, doc.get());

            // Another operation keeps the address and takes the new operation's other words.
            editCombo(table, 0, OperationTable.OPERATION, "load");
            assertTrue(doc.get().contains("\n  load buf[0].3 -> r1   # keeps"), doc.get());
            assertEquals(List.of("1|load|buf[0].3||-> r1"), rows(table));

            // Undo, as on the Source page: one step per cell edit.
            undo();
            assertTrue(doc.get().contains("\n  store buf[0].3 data=X   # keeps"), doc.get());
            assertEquals(List.of("1|store|buf[0].3|X|"), rows(table), "the table follows the undo");
            undo();
            undo();
            assertTrue(doc.get().contains("\n  store buf[0].7 data=W   # keeps"), doc.get());

            // A change in the text shows in the table at once.
            design.selectAt(doc.get().indexOf("thread P.dio"));
            assertEquals("Operations of thread P.dio", design.detailsTitle());
            int at = doc.get().indexOf("data=D\n");
            doc.replace(at, "data=D".length(), "data=E gup=fast");
            assertEquals(List.of("1|dio_read|buf[0].0|E|gup=fast"), rows(table));

            // The options cell rewrites the options and keeps the data symbol.
            editText(table, 0, OperationTable.OPTIONS, "gup=slow pin=pin");
            assertTrue(doc.get().contains("\n  dio_read buf[0].0 data=E gup=slow pin=pin\n"), doc.get());
            maximized(editor, () -> Screenshots.save(design.control(), "editor-design-operations"));

            // A mapping: its options as fields.
            design.selectAt(doc.get().indexOf("map P.buf"));
            assertEquals("Mapping P.buf", design.detailsTitle());
            MapFields map = design.mapFields();
            assertEquals("1", String.valueOf(map.pages().getSelection()));
            assertEquals("A", map.fill().getText());
            map.pages().setSelection(2);
            map.pages().notifyListeners(SWT.Selection, new Event());
            assertTrue(doc.get().contains("\nmap P.buf anon private rw pages=2 fill=A\n"), doc.get());
            map.sharing().select(map.sharing().indexOf("shared"));
            map.sharing().notifyListeners(SWT.Selection, new Event());
            assertTrue(doc.get().contains("\nmap P.buf anon shared rw pages=2 fill=A\n"), doc.get());
            map.fill().setText("");
            map.fill().notifyListeners(SWT.DefaultSelection, new Event());
            assertTrue(doc.get().contains("\nmap P.buf anon shared rw pages=2\n"), doc.get());
            maximized(editor, () -> Screenshots.save(design.control(), "editor-design-map"));
            undo();
            assertTrue(doc.get().contains("\nmap P.buf anon shared rw pages=2 fill=A\n"), doc.get());
            assertEquals("A", map.fill().getText(), "the fields follow the undo");

            // Two pages now: the address combo of a thread offers both.
            design.selectAt(doc.get().indexOf("thread P.dio"));
            assertTrue(table.targets(row(table, 0)).contains("buf[1].7"), table.targets(row(table, 0)).toString());
            return null;
        });
    }

    /** Runs {@code body} with the editor maximized (Ctrl+M), as one edits on a laptop screen. */
    static void maximized(org.eclipse.ui.IEditorPart editor, Runnable body) {
        org.eclipse.ui.IWorkbenchPage page = editor.getSite().getPage();
        org.eclipse.ui.IWorkbenchPartReference ref = page.getReference(editor);
        page.setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        try {
            UiTestSupport.processEvents(UiTestSupport.display(), 200);
            body.run();
        } finally {
            page.setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        }
    }

    private static void undo() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
    }

    private static OperationTable.Row row(OperationTable table, int i) {
        return (OperationTable.Row) table.viewer().getElementAt(i);
    }

    private static List<String> rows(OperationTable table) {
        List<String> out = new ArrayList<>();
        for (TableItem item : table.viewer().getTable().getItems()) {
            out.add(item.getText(0) + "|" + item.getText(1) + "|" + item.getText(2) + "|" + item.getText(3) + "|"
                    + item.getText(4));
        }
        return out;
    }

    /** Opens the cell's text editor as a double-click does, types and presses Enter. */
    private static void editText(OperationTable table, int row, int column, String text) {
        table.viewer().editElement(row(table, row), column);
        Text t = (Text) table.editor(column).getControl();
        assertTrue(t.isVisible(), "the cell editor is open");
        t.setText(text);
        t.notifyListeners(SWT.DefaultSelection, new Event());
    }

    /** Opens the cell's combo, picks or types {@code value} and presses Enter. */
    private static void editCombo(OperationTable table, int row, int column, String value) {
        table.viewer().editElement(row(table, row), column);
        CCombo combo = (CCombo) table.editor(column).getControl();
        assertTrue(combo.isVisible(), "the cell editor is open");
        int i = combo.indexOf(value);
        if (i >= 0) {
            combo.select(i);
        } else {
            combo.setText(value);
        }
        combo.notifyListeners(SWT.Selection, new Event());
        combo.notifyListeners(SWT.DefaultSelection, new Event());
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
