package org.mmrace.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.mmrace.lang.Diagnostic;
import org.mmrace.lang.LoadedScenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mmrace check}: parse and validate only. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = { "Parse and validate .race files without running them.",
            "Prints every error and warning as file:line:col: severity: message; exit 2 on any error." })
final class CheckCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = ".race files or directories of them")
    List<Path> files = new ArrayList<>();

    CheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        ExitCode exit = ExitCode.OK;
        for (Inputs.Loaded input : Inputs.load(console, files)) {
            if (input.scenario().isEmpty()) {
                exit = exit.and(ExitCode.BAD_INPUT);
                continue;
            }
            LoadedScenario loaded = input.scenario().get();
            long warnings = loaded.diagnostics().stream().filter(d -> !d.isError()).count();
            if (loaded.hasErrors()) {
                exit = exit.and(ExitCode.BAD_INPUT);
                long errors = loaded.diagnostics().stream().filter(Diagnostic::isError).count();
                console.out().printf("%s: %d error%s, %d warning%s%n", input.path(), errors, errors == 1 ? "" : "s", warnings,
                        warnings == 1 ? "" : "s");
            } else {
                console.out().printf("%s: ok%s%n", input.path(), warnings == 0 ? "" : " (" + warnings + " warning" + (warnings == 1 ? ")" : "s)"));
            }
        }
        return exit.code();
    }
}
