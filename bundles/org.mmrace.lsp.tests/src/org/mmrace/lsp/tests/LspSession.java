package org.mmrace.lsp.tests;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.mmrace.lsp.RaceLanguageServer;

/**
 * A client as an editor is one: the server runs {@link RaceLanguageServer#serve} on one end of two
 * pipes, and this side speaks JSON-RPC (Content-Length framed) to it through LSP4J's client
 * launcher. Nothing calls the server's Java methods directly.
 */
final class LspSession implements AutoCloseable {

    static final String URI = "file:///tmp/lsp-test/example.race";

    private final PipedOutputStream toServer = new PipedOutputStream();
    private final PipedOutputStream toClient = new PipedOutputStream();
    private final CompletableFuture<Integer> serverExit;
    private final Future<Void> clientListening;
    private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final LanguageServer server;
    private int version;

    LspSession() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
        PipedInputStream clientIn = new PipedInputStream(toClient, 1 << 16);
        serverExit = new CompletableFuture<>();
        Thread serverThread = new Thread(() -> serverExit.complete(RaceLanguageServer.serve(serverIn, toClient, "test")),
                "lsp-test-server");
        serverThread.setDaemon(true);
        serverThread.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
        clientListening = launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    InitializeResult initialize() throws Exception {
        InitializeParams params = new InitializeParams();
        params.setProcessId(null);
        params.setCapabilities(new ClientCapabilities());
        InitializeResult result = get(server.initialize(params));
        server.initialized(new InitializedParams());
        return result;
    }

    void open(String text) {
        version = 1;
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "race", version, text)));
    }

    void change(String text) {
        version++;
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    static TextDocumentIdentifier document() {
        return new TextDocumentIdentifier(URI);
    }

    /** The next diagnostics the server publishes. */
    PublishDiagnosticsParams diagnostics() throws InterruptedException {
        PublishDiagnosticsParams p = diagnostics.poll(20, TimeUnit.SECONDS);
        if (p == null) {
            throw new AssertionError("no diagnostics published within 20 s");
        }
        return p;
    }

    /** shutdown, then exit: the server's exit code. */
    int shutdownAndExit() throws Exception {
        get(server.shutdown());
        server.exit();
        return serverExit.get(20, TimeUnit.SECONDS);
    }

    /** The exit code once the server has ended (after an exit sent by the test itself). */
    int exitCodeAfterExit() throws Exception {
        return serverExit.get(20, TimeUnit.SECONDS);
    }

    static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        clientListening.cancel(true);
        toServer.close();
        toClient.close();
    }

    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
