package org.mmrace.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmrace.lsp.tests.LspSession.get;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmrace.core.strategy.Strategies;

/** The language server as an editor sees it: JSON-RPC over pipes, from initialize to exit. */
class RaceLanguageServerTest {

    /** A scenario with every kind of name a definition can be asked for. */
    static final String SCENARIO = """
            scenario lsp-example
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.dio
              dio_read buf[0].0 data=D
              signal done
            thread P.forker
              wait done
              fork C
              pin buf[0] rw as pin1
              unpin pin1
            require P.buf[0].0 == D   "the read lands in the parent"
            observe C.buf[0].0 == D   "the child sees it"
            strategy myfix = linux-6.3 with wp.reuse=count
            expect myfix holds
            """;

    private LspSession session;

    @BeforeEach
    void start() throws Exception {
        session = new LspSession();
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    @Test
    void initializeAnnouncesFullSyncCompletionHoverFormattingSymbolsAndDefinitions() throws Exception {
        InitializeResult result = session.initialize();
        ServerCapabilities c = result.getCapabilities();
        assertEquals(TextDocumentSyncKind.Full, c.getTextDocumentSync().getRight().getChange());
        assertEquals(true, c.getTextDocumentSync().getRight().getOpenClose());
        assertEquals(List.of(".", "="), c.getCompletionProvider().getTriggerCharacters());
        assertEquals(Either.forLeft(true), c.getHoverProvider());
        assertEquals(Either.forLeft(true), c.getDocumentFormattingProvider());
        assertEquals(Either.forLeft(true), c.getDocumentSymbolProvider());
        assertEquals(Either.forLeft(true), c.getDefinitionProvider());
        assertEquals("mmrace", result.getServerInfo().getName());
        assertEquals(0, session.shutdownAndExit());
    }

    @Test
    void exitWithoutShutdownEndsWithCodeOne() throws Exception {
        session.initialize();
        session.server.exit();
        // The server is gone: its exit code is 1, as the specification asks.
        assertEquals(1, session.exitCodeAfterExit());
    }

    @Test
    void diagnosticsFollowEveryChangeWithTheValidatorsMessageAndRange() throws Exception {
        session.initialize();
        session.open(SCENARIO);
        PublishDiagnosticsParams clean = session.diagnostics();
        assertEquals(LspSession.URI, clean.getUri());
        assertEquals(1, clean.getVersion());
        assertEquals(List.of(), clean.getDiagnostics());

        session.change(SCENARIO.replace("  unpin pin1", "  unpin pin2"));
        PublishDiagnosticsParams broken = session.diagnostics();
        assertEquals(2, broken.getVersion());
        assertEquals(1, broken.getDiagnostics().size());
        Diagnostic d = broken.getDiagnostics().get(0);
        assertEquals(DiagnosticSeverity.Error, d.getSeverity());
        assertEquals("mmrace", d.getSource());
        assertEquals("undefined pin 'pin2': no 'pin ... as pin2' takes it (did you mean 'pin1'?)", d.getMessage().getLeft());
        assertEquals(new Range(new Position(10, 2), new Position(10, 12)), d.getRange());

        session.change(SCENARIO.replace("thread P.forker", "thread P.forker\n  stor buf[0] data=X"));
        Diagnostic syntax = session.diagnostics().getDiagnostics().get(0);
        assertEquals(new Position(7, 2), syntax.getRange().getStart());
        assertTrue(syntax.getMessage().getLeft().startsWith("unknown operation 'stor'"), syntax.getMessage().getLeft());

        session.change(SCENARIO);
        assertEquals(List.of(), session.diagnostics().getDiagnostics());
        assertEquals(0, session.shutdownAndExit());
    }

    @Test
    void completesOperationsInAThreadAndStrategiesAfterExpect() throws Exception {
        session.initialize();
        String text = SCENARIO.replace("  unpin pin1\n", "  unpin pin1\n  dio_\n");
        session.open(text);
        session.diagnostics();
        List<CompletionItem> ops = complete(new Position(11, 6));
        assertEquals(List.of("dio_read", "dio_write"), labels(ops));
        assertEquals(CompletionItemKind.Function, ops.get(0).getKind());
        assertEquals(new TextEdit(new Range(new Position(11, 2), new Position(11, 6)), "dio_read"),
                ops.get(0).getTextEdit().getLeft());

        session.change(SCENARIO + "expect linux-5.");
        session.diagnostics();
        List<CompletionItem> strategies = complete(new Position(15, 15));
        List<String> expected = new ArrayList<>();
        for (var s : Strategies.builtins()) {
            if (s.id().startsWith("linux-5.")) {
                expected.add(s.id());
            }
        }
        assertTrue(!expected.isEmpty());
        assertEquals(expected, labels(strategies));
        assertEquals(CompletionItemKind.EnumMember, strategies.get(0).getKind());
        assertEquals(new Range(new Position(15, 7), new Position(15, 15)),
                strategies.get(0).getTextEdit().getLeft().getRange());
        assertEquals(0, session.shutdownAndExit());
    }

    @Test
    void completesKnobsAndTheirValuesInAStrategyLine() throws Exception {
        session.initialize();
        session.open(SCENARIO.replace("with wp.reuse=count", "with wp.re"));
        session.diagnostics();
        List<CompletionItem> knobs = complete(new Position(13, 37));
        assertEquals(List.of("wp.reuse="), labels(knobs));
        assertEquals(CompletionItemKind.Property, knobs.get(0).getKind());

        session.change(SCENARIO.replace("with wp.reuse=count", "with wp.reuse="));
        session.diagnostics();
        List<CompletionItem> values = complete(new Position(13, 41));
        assertEquals(List.of("wp.reuse=mapcount", "wp.reuse=count"), labels(values));
        assertEquals(0, session.shutdownAndExit());
    }

    @Test
    void completesAddressesOfTheThreadsProcess() throws Exception {
        session.initialize();
        session.open(SCENARIO.replace("  unpin pin1\n", "  unpin pin1\n  store b\n"));
        session.diagnostics();
        assertEquals(List.of("buf[0]", "buf[0].0"), labels(complete(new Position(11, 9))));
        assertEquals(0, session.shutdownAndExit());
    }

    @Test
    void hoverShowsTheStrategyAndTheKnobDocumentation() throws Exception {
        session.initialize();
        session.open(SCENARIO);
        session.diagnostics();
        Hover strategy = hover(new Position(13, 20));
        String text = strategy.getContents().getRight().getValue();
        assertEquals("plaintext", strategy.getContents().getRight().getKind());
        assertTrue(text.startsWith("strategy linux-6.3"), text);
        assertTrue(text.contains(Strategies.find("linux-6.3").orElseThrow().description()), text);
        assertEquals(new Range(new Position(13, 17), new Position(13, 26)), strategy.getRange());

        Hover knob = hover(new Position(13, 34));
        String knobText = knob.getContents().getRight().getValue();
        assertTrue(knobText.startsWith("knob wp.reuse\n\n"), knobText);
        assertTrue(knobText.contains("\n  count: "), knobText);
        assertEquals(new Range(new Position(13, 32), new Position(13, 40)), knob.getRange());

        Hover operation = hover(new Position(4, 4));
        assertTrue(operation.getContents().getRight().getValue().startsWith("dio_read ADDR data=S"));
        assertEquals(null, hover(new Position(0, 12)), "a scenario's own name has no documentation");
        assertEquals(0, session.shutdownAndExit());
    }

    @Test
    void formattingGivesTheCanonicalTextAsOneEditAndRefusesAFileWithErrors() throws Exception {
        session.initialize();
        String messy = "scenario s\nprocess P\nmap   P.buf anon private rw\nthread P.t\n store   buf[0] data=X\n"
                + "require P.buf[0] == X \"stored\"\n";
        session.open(messy);
        session.diagnostics();
        List<? extends TextEdit> edits = format();
        String formatted = apply(messy, edits);
        assertEquals("scenario s\nprocess P\nmap P.buf anon private rw pages=1\nthread P.t\n  store buf[0] data=X\n"
                + "require P.buf[0] == X   \"stored\"\n", formatted);
        session.change(formatted);
        session.diagnostics();
        assertEquals(List.of(), format(), "a formatted file needs no edit");

        session.change("scenario s\nprocess P\nmap P.buf anon\n");
        session.diagnostics();
        ExecutionException e = assertThrows(ExecutionException.class, this::format);
        ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, e.getCause());
        assertEquals(ResponseErrorCode.RequestFailed.getValue(), error.getResponseError().getCode());
        assertTrue(error.getMessage().startsWith("cannot format: fix the errors first: example.race:3:"),
                error.getMessage());
        assertEquals(0, session.shutdownAndExit());
    }

    @Test
    void documentSymbolsAreTheOutlineWithOperationsUnderTheirThread() throws Exception {
        session.initialize();
        session.open(SCENARIO);
        session.diagnostics();
        List<DocumentSymbol> symbols = new ArrayList<>();
        for (var e : get(session.server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(LspSession.document())))) {
            symbols.add(e.getRight());
        }
        assertEquals(List.of("scenario lsp-example", "process P", "map P.buf anon private rw pages=1 fill=A",
                "thread P.dio", "thread P.forker", "require P.buf[0].0 == D   \"the read lands in the parent\"",
                "observe C.buf[0].0 == D   \"the child sees it\"", "strategy myfix = linux-6.3 with wp.reuse=count",
                "expect myfix holds"), symbols.stream().map(DocumentSymbol::getName).toList());
        DocumentSymbol forker = symbols.get(4);
        assertEquals(SymbolKind.Class, forker.getKind());
        assertEquals(new Range(new Position(6, 0), new Position(10, 12)), forker.getRange());
        assertEquals(new Range(new Position(6, 0), new Position(6, 15)), forker.getSelectionRange());
        assertEquals(List.of("wait done", "fork C", "pin buf[0] rw as pin1", "unpin pin1"),
                forker.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals(SymbolKind.Method, forker.getChildren().get(0).getKind());
        assertEquals(SymbolKind.Array, symbols.get(2).getKind());
        assertEquals(0, session.shutdownAndExit());
    }

    @Test
    void definitionsOfProcessesRegionsSignalsLabelsAndStrategies() throws Exception {
        session.initialize();
        session.open(SCENARIO);
        session.diagnostics();
        // C in "observe C.buf[0].0": the fork that creates C
        assertEquals(List.of(range(8, 7, 8, 8)), definition(12, 8));
        // buf in the child's address: the parent's map (a child inherits its regions)
        assertEquals(List.of(range(2, 4, 2, 9)), definition(12, 10));
        // buf inside a thread of P
        assertEquals(List.of(range(2, 4, 2, 9)), definition(4, 12));
        // P in "thread P.dio" and in "require P.buf": the process statement
        assertEquals(List.of(range(1, 8, 1, 9)), definition(3, 7));
        assertEquals(List.of(range(1, 8, 1, 9)), definition(11, 8));
        // wait done: the signal
        assertEquals(List.of(range(5, 9, 5, 13)), definition(7, 8));
        // unpin pin1: the pin's label
        assertEquals(List.of(range(9, 19, 9, 23)), definition(10, 9));
        // expect myfix: the strategy line
        assertEquals(List.of(range(13, 9, 13, 14)), definition(14, 9));
        // a built-in strategy and a data symbol are declared nowhere in the file
        assertEquals(List.of(), definition(13, 20));
        assertEquals(List.of(), definition(4, 25));
        assertEquals(0, session.shutdownAndExit());
    }

    private static Range range(int l1, int c1, int l2, int c2) {
        return new Range(new Position(l1, c1), new Position(l2, c2));
    }

    private List<Range> definition(int line, int character) throws Exception {
        List<? extends Location> locations = get(session.server.getTextDocumentService()
                .definition(new DefinitionParams(LspSession.document(), new Position(line, character)))).getLeft();
        for (Location l : locations) {
            assertEquals(LspSession.URI, l.getUri());
        }
        return locations.stream().map(Location::getRange).toList();
    }

    private List<CompletionItem> complete(Position p) throws Exception {
        Either<List<CompletionItem>, CompletionList> result = get(session.server.getTextDocumentService()
                .completion(new CompletionParams(LspSession.document(), p)));
        return result.getRight().getItems();
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private Hover hover(Position p) throws Exception {
        return get(session.server.getTextDocumentService().hover(new HoverParams(LspSession.document(), p)));
    }

    private List<? extends TextEdit> format() throws Exception {
        return get(session.server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(LspSession.document(), new FormattingOptions(2, true))));
    }

    /** Applies edits as a client does: from the last to the first. */
    private static String apply(String text, List<? extends TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        StringBuilder b = new StringBuilder(text);
        for (TextEdit e : sorted) {
            b.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText());
        }
        return b.toString();
    }

    private static int offset(String text, Position p) {
        int offset = 0;
        for (int line = 0; line < p.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + p.getCharacter();
    }
}
