package org.mmrace.core.run;

/** A progress report, sent about every 250 ms while a run goes on. */
public record Progress(long states, long distinct, long queue, int depth, long statesPerSecond, long millis) {
}
