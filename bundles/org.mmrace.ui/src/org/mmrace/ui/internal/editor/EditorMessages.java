package org.mmrace.ui.internal.editor;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

/** Labels of the text editor actions, in the form ResourceAction reads them. */
final class EditorMessages extends ListResourceBundle {

    static final ResourceBundle BUNDLE = new EditorMessages();

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            { "ContentAssistProposal.label", "Content Assist" },
            { "ContentAssistProposal.tooltip", "Content Assist" },
            { "ContentAssistProposal.description", "Content Assist" },
            { "ShowInformation.label", "Show Hover Help" },
            { "ShowInformation.tooltip", "Show Hover Help" },
            { "ShowInformation.description", "Show Hover Help" },
        };
    }
}
