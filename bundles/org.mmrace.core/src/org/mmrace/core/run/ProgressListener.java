package org.mmrace.core.run;

/** Receives progress reports from the exploring thread (keep it quick). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = p -> { };

    void progress(Progress p);
}
