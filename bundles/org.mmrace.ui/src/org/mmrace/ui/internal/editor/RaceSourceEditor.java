package org.mmrace.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.TextOperationAction;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.mmrace.lang.RaceFormatter;
import org.mmrace.ui.internal.editor.RaceReconcilingStrategy.Analysis;
import org.mmrace.lang.assist.RaceStructure.Statement;
import org.mmrace.lang.assist.RaceStructure;
import org.mmrace.lang.assist.TextChange;

/**
 * The Source page: a text editor with .race colouring, content assist, hovers, folding, outline,
 * toggle comment and problems reported as the user types.
 */
public final class RaceSourceEditor extends TextEditor {

    public static final String TOGGLE_COMMENT_COMMAND = "org.mmrace.ui.commands.toggleComment";
    public static final String EDITOR_SCOPE = "org.mmrace.ui.raceEditorScope";
    public static final String FORMAT_COMMAND = "org.mmrace.ui.commands.format";
    private static final String TOGGLE_COMMENT_ACTION = "ToggleComment";
    private static final String FORMAT_ACTION = "Format";

    private final ScenarioChecker checker;
    private final RaceDocumentProvider documentProvider = new RaceDocumentProvider();
    private final List<Consumer<Analysis>> analysisListeners = new CopyOnWriteArrayList<>();
    private RaceOutlinePage outline;
    private ProjectionSupport projectionSupport;
    private Map<ProjectionAnnotation, Position> folds = Map.of();
    private Optional<Analysis> lastAnalysis = Optional.empty();

    public RaceSourceEditor(ScenarioChecker checker) {
        this.checker = checker;
    }

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setDocumentProvider(documentProvider);
        setSourceViewerConfiguration(new RaceSourceViewerConfiguration(
                new RaceReconcilingStrategy(this::fileName, this::check, this::analysed)));
        setEditorContextMenuId("#RaceEditorContext");
    }

    @Override
    protected void setDocumentProvider(IEditorInput input) {
        // The workbench would pick a provider by input type; .race documents need their partitioning.
        setDocumentProvider(documentProvider);
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { EDITOR_SCOPE });
    }

    private List<Problem> check(String fileName, String text) {
        return checker.check(fileName, text);
    }

    private String fileName() {
        IEditorInput input = getEditorInput();
        return input == null ? "scenario.race" : input.getName();
    }

    /** The workspace file being edited, if it is one. */
    public Optional<IFile> file() {
        return getEditorInput() instanceof IFileEditorInput in ? Optional.of(in.getFile()) : Optional.empty();
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        fAnnotationAccess = getAnnotationAccess();
        fOverviewRuler = createOverviewRuler(getSharedColors());
        IOverviewRuler overview = getOverviewRuler();
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, overview, isOverviewRulerVisible(), styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        projectionSupport = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
        projectionSupport.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.error");
        projectionSupport.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.warning");
        projectionSupport.install();
        viewer.doOperation(ProjectionViewer.TOGGLE);
    }

    @Override
    protected void createActions() {
        super.createActions();
        ResourceBundle bundle = EditorMessages.BUNDLE;
        ContentAssistAction assist = new ContentAssistAction(bundle, "ContentAssistProposal.", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction(ITextEditorActionConstants.CONTENT_ASSIST, assist);
        markAsStateDependentAction(ITextEditorActionConstants.CONTENT_ASSIST, true);

        TextOperationAction info = new TextOperationAction(bundle, "ShowInformation.", this,
                ISourceViewer.INFORMATION, true);
        info.setActionDefinitionId(ITextEditorActionDefinitionIds.SHOW_INFORMATION);
        setAction(ITextEditorActionConstants.SHOW_INFORMATION, info);

        Action format = new Action("Format") {
            @Override
            public void run() {
                format();
            }
        };
        format.setActionDefinitionId(FORMAT_COMMAND);
        setAction(FORMAT_ACTION, format);
        markAsStateDependentAction(FORMAT_ACTION, true);

        Action toggle = new Action("Toggle Comment") {
            @Override
            public void run() {
                toggleComment();
            }
        };
        toggle.setActionDefinitionId(TOGGLE_COMMENT_COMMAND);
        setAction(TOGGLE_COMMENT_ACTION, toggle);
        markAsStateDependentAction(TOGGLE_COMMENT_ACTION, true);
    }

    @Override
    protected void editorContextMenuAboutToShow(IMenuManager menu) {
        super.editorContextMenuAboutToShow(menu);
        addAction(menu, ITextEditorActionConstants.GROUP_EDIT, ITextEditorActionConstants.CONTENT_ASSIST);
        addAction(menu, ITextEditorActionConstants.GROUP_EDIT, TOGGLE_COMMENT_ACTION);
        addAction(menu, ITextEditorActionConstants.GROUP_EDIT, FORMAT_ACTION);
    }

    /** Comments or uncomments the selected lines, as one undoable change. */
    public void toggleComment() {
        if (!isEditable() || !validateEditorInputState()) {
            return;
        }
        IDocument doc = getDocumentProvider().getDocument(getEditorInput());
        ITextSelection sel = (ITextSelection) getSelectionProvider().getSelection();
        int last = sel.getEndLine();
        try {
            // A selection that ends at the start of a line does not include that line.
            if (last > sel.getStartLine() && doc.getLineOffset(last) == sel.getOffset() + sel.getLength()) {
                last--;
            }
            IRewriteTarget target = getAdapter(IRewriteTarget.class);
            target.beginCompoundChange();
            try {
                CommentToggler.toggle(doc, sel.getStartLine(), last);
            } finally {
                target.endCompoundChange();
            }
            // Select the whole lines, so pressing the key again toggles them back.
            int start = doc.getLineOffset(sel.getStartLine());
            int end = doc.getLineOffset(last) + doc.getLineLength(last);
            selectAndReveal(start, end - start);
        } catch (BadLocationException e) {
            // the selection came from this document: cannot happen
            throw new IllegalStateException(e);
        }
    }

    /**
     * Replaces the text by the language's canonical form (comments kept), as one undoable change
     * that touches only the part that differs. A file with syntax errors is left alone and the
     * status line says why.
     */
    public void format() {
        if (!isEditable() || !validateEditorInputState()) {
            return;
        }
        IDocument doc = getDocumentProvider().getDocument(getEditorInput());
        String text = doc.get();
        RaceFormatter.Result result = new RaceFormatter().format(fileName(), text);
        if (result.text().isEmpty()) {
            getEditorSite().getActionBars().getStatusLineManager()
                    .setErrorMessage("Cannot format: fix the syntax errors first (see the Problems view)");
            return;
        }
        getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
        TextChange change = TextChange.between(text, result.text().get());
        try {
            doc.replace(change.offset(), change.length(), change.replacement());
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T getAdapter(Class<T> required) {
        if (IContentOutlinePage.class.equals(required)) {
            if (outline == null) {
                outline = new RaceOutlinePage(offset -> selectAndReveal(offset, 0));
                lastAnalysis.ifPresent(a -> outline.setStructure(a.structure()));
            }
            return (T) outline;
        }
        if (projectionSupport != null) {
            T adapter = projectionSupport.getAdapter(getSourceViewer(), required);
            if (adapter != null) {
                return adapter;
            }
        }
        return super.getAdapter(required);
    }

    /** Called from the reconciler thread with the analysis of the current text. */
    private void analysed(Analysis analysis) {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            ISourceViewer viewer = getSourceViewer();
            if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
                return;
            }
            boolean problemsChanged = lastAnalysis.map(a -> !a.problems().equals(analysis.problems())).orElse(true);
            lastAnalysis = Optional.of(analysis);
            if (problemsChanged) {
                file().ifPresent(f -> ProblemMarkers.schedule(f, analysis.problems()));
            }
            if (outline != null) {
                outline.setStructure(analysis.structure());
            }
            updateFolding(analysis.structure());
            analysisListeners.forEach(l -> l.accept(analysis));
        });
    }

    /** The latest analysis (on the UI thread); empty before the first reconcile. */
    public Optional<Analysis> lastAnalysis() {
        return lastAnalysis;
    }

    public void addAnalysisListener(Consumer<Analysis> listener) {
        analysisListeners.add(listener);
    }

    private void updateFolding(RaceStructure structure) {
        ProjectionAnnotationModel model = ((ProjectionViewer) getSourceViewer()).getProjectionAnnotationModel();
        if (model == null) {
            return;
        }
        IDocument doc = getDocumentProvider().getDocument(getEditorInput());
        Map<ProjectionAnnotation, Position> next = new HashMap<>();
        for (Statement s : structure.statements()) {
            int endLine = s.children().isEmpty() ? s.endLine() : s.children().get(s.children().size() - 1).endLine();
            if (endLine > s.line()) {
                foldPosition(doc, s.line(), endLine).ifPresent(p -> next.put(new ProjectionAnnotation(), p));
            }
        }
        // Keep the folds that did not move, so a collapsed thread stays collapsed while the user types.
        Map<Position, ProjectionAnnotation> existing = new HashMap<>();
        folds.forEach((a, p) -> existing.put(p, a));
        List<Annotation> removed = new ArrayList<>();
        Map<ProjectionAnnotation, Position> added = new HashMap<>();
        Map<ProjectionAnnotation, Position> kept = new HashMap<>();
        for (Map.Entry<ProjectionAnnotation, Position> e : next.entrySet()) {
            ProjectionAnnotation old = existing.remove(e.getValue());
            if (old != null) {
                kept.put(old, e.getValue());
            } else {
                added.put(e.getKey(), e.getValue());
            }
        }
        removed.addAll(existing.values());
        model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
        kept.putAll(added);
        folds = kept;
    }

    private static Optional<Position> foldPosition(IDocument doc, int firstLine, int lastLine) {
        try {
            int start = doc.getLineOffset(firstLine);
            int end = lastLine + 1 < doc.getNumberOfLines() ? doc.getLineOffset(lastLine + 1) : doc.getLength();
            return Optional.of(new Position(start, end - start));
        } catch (BadLocationException e) {
            return Optional.empty();
        }
    }

    @Override
    public void dispose() {
        if (projectionSupport != null) {
            projectionSupport.dispose();
        }
        super.dispose();
    }

    /** Lets the multi-page editor ask for the "file changed on disk" check when it is activated. */
    public void checkStateOnActivation() {
        safelySanityCheckState(getEditorInput());
    }
}
