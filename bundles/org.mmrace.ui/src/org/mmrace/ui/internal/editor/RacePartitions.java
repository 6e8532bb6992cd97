package org.mmrace.ui.internal.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/** Comments and strings are partitions of their own, so colouring and assist can tell them apart. */
public final class RacePartitions {

    public static final String PARTITIONING = "__race_partitioning";
    public static final String COMMENT = "__race_comment";
    public static final String STRING = "__race_string";
    public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

    private RacePartitions() {
    }

    static RuleBasedPartitionScanner scanner() {
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        Token string = new Token(STRING);
        scanner.setPredicateRules(new IPredicateRule[] {
            // Triple quotes first: `about """..."""` may hold single quotes and #.
            new MultiLineRule("\"\"\"", "\"\"\"", string, (char) 0, true),
            new MultiLineRule("\"", "\"", string, '\\', true),
            new EndOfLineRule("#", new Token(COMMENT)),
        });
        return scanner;
    }

    /** Installs the .race partitioner on a document unless it has one. */
    public static void setUp(IDocument document) {
        if (document instanceof IDocumentExtension3 ext && ext.getDocumentPartitioner(PARTITIONING) == null) {
            IDocumentPartitioner partitioner = new FastPartitioner(scanner(), new String[] { COMMENT, STRING });
            partitioner.connect(document);
            ext.setDocumentPartitioner(PARTITIONING, partitioner);
        }
    }
}
