package org.mmrace.ui.internal.editor;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.mmrace.lang.assist.RaceCompletions.Completion;
import org.mmrace.lang.assist.RaceCompletions.Result;
import org.mmrace.lang.assist.RaceCompletions;
import org.mmrace.lang.assist.RaceSyntax;

/** Content assist (Ctrl+Space) over {@link RaceCompletions}. */
final class RaceContentAssistProcessor implements IContentAssistProcessor {

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        Result result = RaceCompletions.at(viewer.getDocument().get(), offset);
        int start = offset - result.prefix().length();
        return result.completions().stream()
                .map(c -> proposal(c, start, result.prefix().length()))
                .toArray(ICompletionProposal[]::new);
    }

    private static ICompletionProposal proposal(Completion c, int start, int length) {
        String text = c.text();
        // Keywords and operations are followed by their arguments: leave the caret after a space.
        boolean word = RaceSyntax.isKeyword(text) || RaceSyntax.isOperation(text);
        String insert = word ? text + " " : text;
        return new CompletionProposal(insert, start, length, insert.length(), null, text, null, c.description());
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return new IContextInformation[0];
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '=', '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return new char[0];
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
