package org.mmrace.cli.internal;

import java.io.PrintStream;
import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: only subcommands do work. */
@Command(name = "mmrace", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Find and explain races between fork(), copy-on-write, get_user_pages, O_DIRECT, pins and KSM.",
            "Explores every interleaving of the kernel steps of a .race scenario under each strategy",
            "(a kernel era or a proposed fix) and checks the scenario's conditions and built-in oracles.",
            "Without a subcommand, ./mmrace starts the workbench." },
        subcommands = { RunCommand.class, CheckCommand.class, FormatCommand.class, StrategiesCommand.class,
            ExportCommand.class, RealityCommand.class, ReplayCommand.class, BenchCommand.class, LspCommand.class, CommandLine.HelpCommand.class },
        footerHeading = "%nExit codes:%n",
        footer = { "  0  ran, and every expectation in the files was met (or there were none)",
            "  1  an expectation was not met", "  2  bad input: parse or validation error, unknown strategy or knob,",
            "     unreadable file (file:line:col: message on stderr)",
            "  3  incomplete: a state or time limit was reached, or the run was interrupted",
            "  4  reality: the kernel showed a final outcome the model forbids (a disagreement)",
            "  5  reality: the machine cannot run the reproducer (no gcc, no filesystem with O_DIRECT)" })
public final class MmraceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: run, check, format, strategies, export, reality, replay, bench or lsp");
    }

    /** Runs the command line with the given streams and returns the exit code; never throws. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Console console = new Console(out, err);
        CommandLine cl = new CommandLine(new MmraceCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls.getDeclaredConstructors().length == 1 && cls.getDeclaredConstructors()[0].getParameterCount() == 1
                        && cls.getDeclaredConstructors()[0].getParameterTypes()[0] == Console.class) {
                    return cls.cast(cls.getDeclaredConstructors()[0].newInstance(console));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT.code());
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("mmrace: " + e.getMessage());
            err.println("mmrace: see 'mmrace " + e.getCommandLine().getCommandName() + " --help'");
            return ExitCode.BAD_INPUT.code();
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("mmrace: internal error: " + e);
            if (System.getenv("MMRACE_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("mmrace: set MMRACE_DEBUG=1 for the stack trace, and please report it");
            }
            return ExitCode.INTERNAL_ERROR.code();
        });
        return cl.execute(args);
    }
}
