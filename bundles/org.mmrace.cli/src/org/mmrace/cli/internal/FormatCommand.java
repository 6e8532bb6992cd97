package org.mmrace.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.mmrace.lang.RaceFormatter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mmrace format}: the canonical form of a scenario, comments kept. */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = { "Print the canonical form of .race files (comments kept; the meaning is unchanged).",
            "With --write, replace each file by its canonical form (atomically); with --check, only report",
            "the files that are not in canonical form (exit 1 if any)." })
final class FormatCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = ".race files")
    List<Path> files = new ArrayList<>();

    @Option(names = { "-w", "--write" }, description = "rewrite the files in place")
    boolean write;

    @Option(names = "--check", description = "report files that are not formatted; change nothing")
    boolean check;

    FormatCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        ExitCode exit = ExitCode.OK;
        RaceFormatter formatter = new RaceFormatter();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                console.err().println(file + ":1:1: error: cannot read the file: "
                        + (Files.exists(file) ? e.getClass().getSimpleName() : "no such file or directory"));
                exit = exit.and(ExitCode.BAD_INPUT);
                continue;
            }
            RaceFormatter.Result result = formatter.format(file.toString(), text);
            result.diagnostics().forEach(d -> console.err().println(d.format()));
            if (result.text().isEmpty()) {
                exit = exit.and(ExitCode.BAD_INPUT);
                continue;
            }
            String formatted = result.text().get();
            if (check) {
                if (!formatted.equals(text)) {
                    console.out().println(file + ": not in canonical form");
                    exit = exit.and(ExitCode.EXPECTATION_NOT_MET);
                }
            } else if (write) {
                if (!formatted.equals(text)) {
                    try {
                        AtomicFiles.write(file, formatted.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        console.err().println(file + ":1:1: error: cannot write the file: " + e.getMessage());
                        exit = exit.and(ExitCode.BAD_INPUT);
                    }
                }
            } else {
                console.out().print(formatted);
            }
        }
        return exit.code();
    }
}
