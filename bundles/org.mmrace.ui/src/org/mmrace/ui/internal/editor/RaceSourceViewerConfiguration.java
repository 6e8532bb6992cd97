package org.mmrace.ui.internal.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Colouring, content assist, hovers, reconciling and comment prefixes of the .race source page. */
final class RaceSourceViewerConfiguration extends TextSourceViewerConfiguration {

    private final IReconcilingStrategy reconcilingStrategy;

    RaceSourceViewerConfiguration(IReconcilingStrategy reconcilingStrategy) {
        super(EditorsUI.getPreferenceStore());
        this.reconcilingStrategy = reconcilingStrategy;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return RacePartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return RacePartitions.TYPES.clone();
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(RacePartitions.PARTITIONING);
        add(reconciler, new RaceCodeScanner(), IDocument.DEFAULT_CONTENT_TYPE);
        add(reconciler, single(RaceColors.COMMENT), RacePartitions.COMMENT);
        add(reconciler, single(RaceColors.STRING), RacePartitions.STRING);
        return reconciler;
    }

    private static RuleBasedScanner single(TextAttribute attribute) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(attribute));
        return scanner;
    }

    private static void add(PresentationReconciler reconciler, RuleBasedScanner scanner, String type) {
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(dr, type);
        reconciler.setRepairer(dr, type);
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setDocumentPartitioning(RacePartitions.PARTITIONING);
        assistant.setContentAssistProcessor(new RaceContentAssistProcessor(), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.enableAutoInsert(true);
        assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
        assistant.setInformationControlCreator(parent -> new DefaultInformationControl(parent, true));
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return IDocument.DEFAULT_CONTENT_TYPE.equals(contentType) ? new RaceTextHover() : null;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(reconcilingStrategy, false);
        reconciler.setDelay(400);
        return reconciler;
    }

    @Override
    public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
        return new String[] { "#", "" };
    }
}
