package org.mmrace.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.mmrace.lsp.internal.RaceTextDocumentService;
import org.mmrace.lsp.internal.RaceWorkspaceService;

/**
 * The language server of .race files ({@code ./mmrace lsp}): diagnostics as you type, completion,
 * hover, formatting, outline and go-to-definition, over JSON-RPC with LSP4J. One instance serves
 * one client.
 */
public final class RaceLanguageServer implements LanguageServer, LanguageClientAware {

    private final AtomicReference<LanguageClient> client = new AtomicReference<>();
    private final RaceTextDocumentService documents = new RaceTextDocumentService(
            () -> Optional.ofNullable(client.get()));
    private final RaceWorkspaceService workspace = new RaceWorkspaceService();
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile boolean shutdown;
    private final String version;

    public RaceLanguageServer(String version) {
        this.version = version;
    }

    /**
     * Serves one client on {@code in}/{@code out} until it sends {@code exit} or closes its end.
     *
     * @return the process exit code the specification asks for: 0 after shutdown then exit, else 1
     */
    public static int serve(InputStream in, OutputStream out, String version) {
        RaceLanguageServer server = new RaceLanguageServer(version);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        // A thread of its own, not the common pool: joining a pool task may run this one inline.
        Thread watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException e) {
                // the stream ended or failed: treated as an exit without shutdown
            }
            server.exited.complete(1);
        }, "mmrace-lsp-input");
        watcher.setDaemon(true);
        watcher.start();
        int code = server.exited.join();
        listening.cancel(true);
        return code;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        client.set(languageClient);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        capabilities.setTextDocumentSync(sync);
        // '.' after a process name (P.), '=' after an option or a knob (gup=, wp.reuse=).
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of(".", "=")));
        capabilities.setHoverProvider(true);
        capabilities.setDocumentFormattingProvider(true);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setDefinitionProvider(true);
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("mmrace", version)));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.complete(shutdown ? 0 : 1);
    }

    /** Completed with the exit code once the client has sent {@code exit}. */
    public CompletableFuture<Integer> exitCode() {
        return exited;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }
}
