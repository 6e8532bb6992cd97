package org.mmrace.ui.internal.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;

/** Gives every .race file buffer the .race partitioning, whoever opens it (editor, compare, search). */
public final class RaceDocumentSetup implements IDocumentSetupParticipant {

    @Override
    public void setup(IDocument document) {
        RacePartitions.setUp(document);
    }
}
