package org.mmrace.lsp.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The texts of the documents the client has open, by URI (full synchronisation). */
public final class Documents {

    private final Map<String, String> texts = new ConcurrentHashMap<>();

    public void put(String uri, String text) {
        texts.put(uri, text);
    }

    public void remove(String uri) {
        texts.remove(uri);
    }

    public Optional<String> text(String uri) {
        return Optional.ofNullable(texts.get(uri));
    }

    /** The name diagnostics and the formatter report: the file's name, or the URI when it is no file. */
    public static String fileName(String uri) {
        try {
            Path path = Path.of(URI.create(uri));
            return path.getFileName() == null ? uri : path.getFileName().toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return uri;
        }
    }
}
