package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mmrace.ui.internal.editor.RaceEditor;
import org.mmrace.ui.internal.editor.RaceHoverText;

class SourceEditorTest {

    private static final String SEED = TestProjects.bundleText("templates/seed.race");

    @AfterEach
    void closeEditors() {
        UiTestSupport.onUi(TestProjects::closeEditors);
    }

    private static RaceEditor openSeed(String project) {
        IFile file = TestProjects.file(project, "odirect-fork-writer.race", SEED);
        return assertInstanceOf(RaceEditor.class, TestProjects.open(file));
    }

    @Test
    void raceFilesOpenInTheScenarioEditorWithKeywordsAndOperationsColoured() {
        UiTestSupport.onUi(() -> {
            RaceEditor editor = openSeed("colouring");
            StyledText text = (StyledText) editor.sourceEditor().getAdapter(Control.class);
            UiTestSupport.processEvents(text.getDisplay(), 300);
            String content = text.getText();
            StyleRange keyword = text.getStyleRangeAtOffset(content.indexOf("thread P.dio"));
            StyleRange operation = text.getStyleRangeAtOffset(content.indexOf("dio_read"));
            StyleRange comment = text.getStyleRangeAtOffset(content.indexOf("\"the O_DIRECT read"));
            assertNotNull(keyword, "'thread' is not coloured");
            assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD, "'thread' is not bold");
            assertNotNull(operation, "'dio_read' is not coloured");
            assertFalse(keyword.foreground.equals(operation.foreground), "keywords and operations look the same");
            assertNotNull(comment, "the condition's label is not coloured as a string");
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "editor-source");
        });
    }

    @Test
    void outlineListsThreadsWithTheirOperations() {
        UiTestSupport.onUi(() -> {
            openSeed("outline");
            IViewPart view = TestProjects.page().showView(IPageLayout.ID_OUTLINE);
            assertNotNull(view, "no Outline view");
            TestProjects.page().activate(TestProjects.page().getActiveEditor());
            UiTestSupport.processEvents(UiTestSupport.display(), 1200);
            List<String> labels = new ArrayList<>();
            collect(((org.eclipse.ui.views.contentoutline.ContentOutlinePage) ((ContentOutline) view)
                    .getCurrentPage()).getControl(), labels);
            assertTrue(labels.contains("thread P.dio"), "outline: " + labels);
            assertTrue(labels.contains("dio_read buf[0].0 data=D"), "outline: " + labels);
            assertTrue(labels.contains("expect linux-2.6.27 violated"), "outline: " + labels);
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "editor-outline");
            return null;
        });
    }

    private static void collect(Control tree, List<String> labels) {
        for (TreeItem item : ((org.eclipse.swt.widgets.Tree) tree).getItems()) {
            collect(item, labels);
        }
    }

    private static void collect(TreeItem item, List<String> labels) {
        labels.add(item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, labels);
        }
    }

    @Test
    void ctrlSpaceInsideAThreadProposesTheOperationsThatStartWithThePrefix() {
        UiTestSupport.onUi(() -> {
            RaceEditor editor = openSeed("assist");
            IDocument doc = editor.document();
            String text = doc.get();
            int afterWriter = text.indexOf("store buf[0].7 data=W") + "store buf[0].7 data=W".length();
            doc.replace(afterWriter, 0, "\n  dio");
            editor.sourceEditor().selectAndReveal(afterWriter + "\n  dio".length(), 0);
            List<String> proposals = runContentAssist();
            assertTrue(proposals.contains("dio_read") && proposals.contains("dio_write"), "proposals: " + proposals);
            assertFalse(proposals.contains("store"), "'store' does not start with 'dio': " + proposals);
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "editor-content-assist");
            closePopups();
            return null;
        });
    }

    @Test
    void ctrlSpaceAfterExpectProposesStrategyIds() {
        UiTestSupport.onUi(() -> {
            RaceEditor editor = openSeed("assist-strategies");
            IDocument doc = editor.document();
            int end = doc.getLength();
            doc.replace(end, 0, "expect linux-5.");
            editor.sourceEditor().selectAndReveal(doc.getLength(), 0);
            List<String> strategies = runContentAssist();
            assertEquals(List.of("linux-5.8", "linux-5.9", "linux-5.11", "linux-5.18", "linux-5.19"), strategies);
            closePopups();

            // A single proposal is inserted at once, as in Eclipse's Java editor.
            TestProjects.page().activate(editor);
            editor.setFocus();
            UiTestSupport.processEvents(UiTestSupport.display(), 200);
            doc.replace(doc.getLength(), 0, "\nexpect brl");
            editor.sourceEditor().selectAndReveal(doc.getLength(), 0);
            executeContentAssist();
            for (int i = 0; i < 30 && !doc.get().endsWith("expect brlock-2008"); i++) {
                UiTestSupport.processEvents(UiTestSupport.display(), 100);
            }
            assertTrue(doc.get().endsWith("\nexpect brlock-2008"), doc.get());
            return null;
        });
    }

    private static void executeContentAssist() throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command command = commands.getCommand("org.eclipse.ui.edit.text.contentAssist.proposals");
        handlers.executeCommand(new ParameterizedCommand(command, null), null);
    }

    private static List<String> runContentAssist() throws Exception {
        executeContentAssist();
        // Proposals are computed in the background: wait for the popup.
        for (int i = 0; i < 50; i++) {
            UiTestSupport.processEvents(UiTestSupport.display(), 100);
            for (Shell shell : UiTestSupport.display().getShells()) {
                Table table = findTable(shell);
                if (table != null && shell.isVisible() && table.getItemCount() > 0) {
                    List<String> items = new ArrayList<>();
                    for (TableItem item : table.getItems()) {
                        items.add(item.getText());
                    }
                    return items;
                }
            }
        }
        throw new AssertionError("no proposal popup appeared");
    }

    private static Table findTable(Control c) {
        if (c instanceof Table t) {
            return t;
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp && !(c instanceof Shell s && s.getParent() == null
                && s == PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell())) {
            for (Control child : comp.getChildren()) {
                Table t = findTable(child);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static void closePopups() {
        Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        for (Shell shell : UiTestSupport.display().getShells()) {
            if (shell != main && !shell.isDisposed()) {
                shell.close();
            }
        }
        UiTestSupport.processEvents(UiTestSupport.display(), 100);
    }

    @Test
    void toggleCommentCommentsTheSelectedLinesAndUndoRestoresThem() {
        UiTestSupport.onUi(() -> {
            RaceEditor editor = openSeed("comment");
            IDocument doc = editor.document();
            int line = doc.getLineOfOffset(doc.get().indexOf("thread P.writer"));
            editor.sourceEditor().selectAndReveal(doc.getLineOffset(line), doc.getLineOffset(line + 2)
                    - doc.getLineOffset(line));
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            handlers.executeCommand("org.mmrace.ui.commands.toggleComment", null);
            assertTrue(doc.get().contains("# thread P.writer\n#   store buf[0].7 data=W\n"), doc.get());
            handlers.executeCommand("org.mmrace.ui.commands.toggleComment", null);
            assertEquals(SEED, doc.get());
            handlers.executeCommand("org.mmrace.ui.commands.toggleComment", null);
            editor.sourceEditor().getAdapter(org.eclipse.jface.text.ITextOperationTarget.class)
                    .doOperation(org.eclipse.jface.text.ITextOperationTarget.UNDO);
            assertEquals(SEED, doc.get(), "one undo takes back one toggle");
            assertTrue(editor.isDirty(), "an edit made through the command leaves the editor dirty");
            return null;
        });
    }

    @Test
    void hoverOverAStrategyIdShowsItsDescriptionAndSources() {
        String hover = RaceHoverText.of("brlock-2008").orElseThrow();
        assertTrue(hover.startsWith("strategy brlock-2008 (linux-2.6.27 with fork.pinned=copy gup_fast.guard=brlock)"),
                hover);
        assertTrue(hover.contains("br_read_lock"), hover);
        assertTrue(hover.contains("RFC: race between o_direct and fork"), hover);
        assertTrue(RaceHoverText.of("fork").orElseThrow().contains("copy_one_pte"));
    }
}
