package org.mmrace.ui.internal.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.ui.editors.text.ForwardingDocumentProvider;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;

/** File buffers of .race files, workspace or external, with the .race partitioning set up. */
final class RaceDocumentProvider extends TextFileDocumentProvider {

    RaceDocumentProvider() {
        super(new ForwardingDocumentProvider(RacePartitions.PARTITIONING,
                (IDocumentSetupParticipant) RacePartitions::setUp, new TextFileDocumentProvider()));
    }
}
