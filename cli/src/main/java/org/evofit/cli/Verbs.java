package org.evofit.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * evofit's verbs, in the order the top-level help lists them, and how much of each a command line builds.
 * Building a verb in full means picocli reflecting over every option of the class and of the types its
 * fields and methods name (Jackson, Quartz, Jetty...); at start-up that was most of {@code evofit --help}'s
 * time. One run uses one verb, so only that one is built, in full, and no other registered; without a verb
 * (or with a mistyped one) all are registered from their {@code @Command} annotation alone (name, aliases,
 * description), enough for the top-level help, the "did you mean" of a mistyped verb and the missing-command error.
 */
final class Verbs {

    /** Every verb; {@code help} last, as picocli's help command that needs the others in full. */
    static final List<Class<?>> ALL = List.of(FitCommand.class, SampleCommand.class, LoopCommand.class,
            SimulateCommand.class, BenchCommand.class, ImportGenxCommand.class, DataCommand.class, ReportCommand.class,
            WorkerCommand.class, SubmitCommand.class, StatusCommand.class, ResultsCommand.class, CancelCommand.class,
            ScheduleCommand.class, PruneCommand.class, ServeCommand.class, UsersCommand.class,
            CommandLine.HelpCommand.class);

    private Verbs() {
    }

    /** {@code main} with every verb built in full. */
    static CommandLine full(CommandLine main) {
        for (Class<?> verb : ALL) {
            main.addSubcommand(built(verb));
        }
        return main;
    }

    /**
     * {@code main} for a run with {@code args}: only the verb {@code args[0]} names, in full, when it names one
     * (that run parses, reports and helps within the verb alone, so the others would be built for nothing: each
     * registered verb costs picocli a command line of its own, with its converters); otherwise, for the top-level
     * help, a mistyped verb or none, every verb as annotations only; every verb in full when that verb is
     * {@code help} (it prints another verb's help).
     */
    static CommandLine forArgs(CommandLine main, String... args) {
        String first = args.length == 0 ? "" : args[0];
        if (first.equals(name(CommandLine.HelpCommand.class))) {
            return full(main);
        }
        for (Class<?> verb : ALL) {
            Command command = verb.getAnnotation(Command.class);
            if (command.name().equals(first) || List.of(command.aliases()).contains(first)) {
                return main.addSubcommand(built(verb));
            }
        }
        for (Class<?> verb : ALL) {
            Command command = verb.getAnnotation(Command.class);
            main.addSubcommand(command.name(), outline(command), command.aliases());
        }
        return main;
    }

    /** A verb as its annotation describes it, without its options: what the top-level help lists. */
    private static CommandSpec outline(Command command) {
        CommandSpec spec = CommandSpec.create().name(command.name());
        spec.usageMessage().description(command.description()).header(command.header()).hidden(command.hidden());
        return spec;
    }

    /**
     * The verb in full, through the constructor that applies model transformers (the optimizer-settings table's
     * options): picocli applies none to a subcommand that {@code addSubcommand} builds from a class.
     */
    private static CommandLine built(Class<?> verb) {
        return new CommandLine(verb);
    }

    private static String name(Class<?> verb) {
        return verb.getAnnotation(Command.class).name();
    }
}
