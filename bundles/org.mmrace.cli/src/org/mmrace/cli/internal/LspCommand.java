package org.mmrace.cli.internal;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.mmrace.lsp.RaceLanguageServer;

import picocli.CommandLine.Command;

/**
 * {@code mmrace lsp}: the language server of .race files on stdin/stdout, for Neovim, Emacs,
 * VS Code and any other LSP client (docs/editors.md).
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = { "Language server for .race files on stdin/stdout (docs/editors.md).",
            "Diagnostics as you type, completion, hover, formatting, outline and go-to-definition." })
final class LspCommand implements Callable<Integer> {

    private final Console console;

    LspCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (console.out() != System.out) {
            // Inside a test or another caller's streams: serve there.
            return RaceLanguageServer.serve(System.in, console.out(), serverVersion());
        }
        // stdout carries only LSP messages: whatever else would print there goes to stderr.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
        System.setOut(System.err);
        return RaceLanguageServer.serve(new FileInputStream(FileDescriptor.in), protocol,
                serverVersion());
    }

    private static String serverVersion() {
        return new Version().getVersion()[0].replaceFirst("^mmrace ", "");
    }
}
