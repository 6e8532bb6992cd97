package org.mmrace.lsp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.mmrace.core.strategy.Knobs;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.lang.Diagnostic;
import org.mmrace.lang.RaceFormatter;
import org.mmrace.lang.ScenarioLoader;
import org.mmrace.lang.assist.RaceCompletions;
import org.mmrace.lang.assist.RaceDefinitions;
import org.mmrace.lang.assist.RaceHoverText;
import org.mmrace.lang.assist.RaceStructure;
import org.mmrace.lang.assist.RaceStructure.Statement;
import org.mmrace.lang.assist.RaceSyntax;
import org.mmrace.lang.assist.TextChange;

/**
 * The .race documents: diagnostics on every change, completion, hover, formatting, outline and
 * definitions. Every answer comes from org.mmrace.lang, the code the workbench's editor uses:
 * {@link ScenarioLoader} (parser, validator, the engine's strategy catalogue), {@link RaceFormatter},
 * {@link RaceCompletions}, {@link RaceHoverText}, {@link RaceStructure} and {@link RaceDefinitions}.
 * LSP4J calls these methods one at a time in the order the messages arrive, so a request always
 * sees the text of every change sent before it.
 */
public final class RaceTextDocumentService implements TextDocumentService {

    private final Documents documents = new Documents();
    private final ScenarioLoader loader = new ScenarioLoader();
    private final Supplier<Optional<LanguageClient>> client;

    public RaceTextDocumentService(Supplier<Optional<LanguageClient>> client) {
        this.client = client;
    }

    // ------------------------------------------------------------ synchronisation

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.put(uri, params.getTextDocument().getText());
        publish(uri, params.getTextDocument().getVersion());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (changes.isEmpty()) {
            return;
        }
        // Full synchronisation (the capability we announce): the last event holds the whole text.
        documents.put(uri, changes.get(changes.size() - 1).getText());
        publish(uri, params.getTextDocument().getVersion());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.remove(uri);
        client.get().ifPresent(c -> c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of())));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // The text is already known from didChange.
    }

    private void publish(String uri, Integer version) {
        Optional<LanguageClient> c = client.get();
        if (c.isEmpty()) {
            return;
        }
        String text = documents.text(uri).orElse("");
        LineMap lines = new LineMap(text);
        List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : loader.load(Documents.fileName(uri), text).diagnostics()) {
            out.add(diagnostic(d, lines));
        }
        PublishDiagnosticsParams params = new PublishDiagnosticsParams(uri, out);
        params.setVersion(version);
        c.get().publishDiagnostics(params);
    }

    static org.eclipse.lsp4j.Diagnostic diagnostic(Diagnostic d, LineMap lines) {
        // line and column are the language's own (1-based); the length runs on from there.
        int start = lines.offset(new Position(d.line() - 1, d.column() - 1));
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(lines.range(start, d.length()),
                d.message());
        out.setSeverity(d.isError() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);
        out.setSource("mmrace");
        return out;
    }

    // ------------------------------------------------------------ requests

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer(params.getTextDocument().getUri(), text -> {
            LineMap lines = new LineMap(text);
            int offset = lines.offset(params.getPosition());
            RaceCompletions.Result result = RaceCompletions.at(text, offset);
            Range replaced = lines.range(offset - result.prefix().length(), result.prefix().length());
            List<CompletionItem> items = new ArrayList<>();
            for (RaceCompletions.Completion c : result.completions()) {
                CompletionItem item = new CompletionItem(c.text());
                item.setKind(kind(c.text()));
                item.setDetail(c.description());
                item.setFilterText(c.text());
                item.setTextEdit(Either.forLeft(new TextEdit(replaced, c.text())));
                items.add(item);
            }
            return Either.forRight(new CompletionList(false, items));
        }, Either.forRight(new CompletionList(false, List.of())));
    }

    private static CompletionItemKind kind(String word) {
        if (RaceSyntax.isKeyword(word)) {
            return CompletionItemKind.Keyword;
        }
        if (RaceSyntax.isOperation(word)) {
            return CompletionItemKind.Function;
        }
        if (Strategies.find(word).isPresent()) {
            return CompletionItemKind.EnumMember;
        }
        int eq = word.indexOf('=');
        if (eq > 0 && Knobs.find(word.substring(0, eq)).isPresent()) {
            return CompletionItemKind.Property;
        }
        return word.endsWith("=") ? CompletionItemKind.Property : CompletionItemKind.Value;
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer(params.getTextDocument().getUri(), text -> {
            LineMap lines = new LineMap(text);
            int[] word = RaceSyntax.wordAt(text, lines.offset(params.getPosition()));
            return RaceHoverText.of(text.substring(word[0], word[1]))
                    .map(doc -> new Hover(new MarkupContent(MarkupKind.PLAINTEXT, doc),
                            lines.range(word[0], word[1] - word[0])))
                    .orElse(null);
        }, null);
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        String uri = params.getTextDocument().getUri();
        return answer(uri, text -> {
            RaceFormatter.Result result = new RaceFormatter().format(Documents.fileName(uri), text);
            if (result.text().isEmpty()) {
                String why = result.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                        .map(Diagnostic::format).orElse("the file has errors");
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
                        "cannot format: fix the errors first: " + why, null));
            }
            TextChange change = TextChange.between(text, result.text().get());
            if (change.isEmpty()) {
                return List.<TextEdit>of();
            }
            LineMap lines = new LineMap(text);
            return List.of(new TextEdit(lines.range(change.offset(), change.length()), change.replacement()));
        }, List.of());
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return answer(params.getTextDocument().getUri(), text -> {
            LineMap lines = new LineMap(text);
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            for (Statement s : RaceStructure.of(text).statements()) {
                out.add(Either.forRight(symbol(s, lines)));
            }
            return out;
        }, List.of());
    }

    private static DocumentSymbol symbol(Statement s, LineMap lines) {
        List<DocumentSymbol> children = new ArrayList<>();
        for (Statement c : s.children()) {
            children.add(symbol(c, lines));
        }
        int blockEnd = s.children().isEmpty() ? s.end() : s.children().get(s.children().size() - 1).end();
        DocumentSymbol symbol = new DocumentSymbol(s.label(), symbolKind(s), lines.range(s.offset(), blockEnd - s.offset()),
                lines.range(s.offset(), s.length()));
        symbol.setDetail(s.keyword());
        if (!children.isEmpty()) {
            symbol.setChildren(children);
        }
        return symbol;
    }

    private static SymbolKind symbolKind(Statement s) {
        return switch (s.kind()) {
        case SCENARIO -> SymbolKind.Module;
        case HEADER -> SymbolKind.String;
        case PROCESS -> SymbolKind.Namespace;
        case MAP -> SymbolKind.Array;
        case THREAD, KTHREAD -> SymbolKind.Class;
        case OPERATION -> SymbolKind.Method;
        case REQUIRE, FORBID, OBSERVE -> SymbolKind.Boolean;
        case EXPECT -> SymbolKind.Constant;
        case STRATEGY -> SymbolKind.Struct;
        case UNKNOWN -> SymbolKind.Null;
        };
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        String uri = params.getTextDocument().getUri();
        return answer(uri, text -> {
            LineMap lines = new LineMap(text);
            List<Location> out = new ArrayList<>();
            for (RaceDefinitions.Span span : RaceDefinitions.at(text, lines.offset(params.getPosition()))) {
                out.add(new Location(uri, lines.range(span.offset(), span.length())));
            }
            return Either.forLeft(out);
        }, Either.forLeft(List.of()));
    }

    /** Computes the answer now, in message order; a document the client never opened gets {@code none}. */
    private <T> CompletableFuture<T> answer(String uri, java.util.function.Function<String, T> compute, T none) {
        Optional<String> text = documents.text(uri);
        if (text.isEmpty()) {
            return CompletableFuture.completedFuture(none);
        }
        try {
            return CompletableFuture.completedFuture(compute.apply(text.get()));
        } catch (ResponseErrorException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
