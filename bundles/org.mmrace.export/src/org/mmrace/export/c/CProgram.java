package org.mmrace.export.c;

import java.util.List;

import org.mmrace.core.run.OutcomeLocation;

/**
 * A generated reproducer: standalone C (libc and pthreads; {@code gcc -O2 -pthread}), the locations
 * whose final values it prints per iteration (the engine's, in the same order), and its notes.
 */
public record CProgram(String scenario, String fileName, String source, List<OutcomeLocation> locations,
        List<ReproducerNote> notes) {
    public CProgram {
        locations = List.copyOf(locations);
        notes = List.copyOf(notes);
    }
}
