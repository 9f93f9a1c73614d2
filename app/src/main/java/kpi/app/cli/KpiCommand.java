package kpi.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import kpi.app.error.ExitCode;
import kpi.app.error.KpiException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** The root {@code kpi} command: global options, subcommands, exit codes and error handling. */
@Command(
    name = "kpi",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "KPI calculator for English local authorities' 14-24 learning, employment and skills"
          + " strategies: scorecards with targets, status and direction of travel, data-drop"
          + " checks and district data packs.",
      "",
      "Without --data every command uses the bundled sample data drop."
    })
public final class KpiCommand implements Runnable {
  /**
   * The subcommands, in the order the help lists them. They are added when the command line is
   * built rather than named in the annotation, so that a run of one subcommand builds the model of
   * that one only (picocli's reflective model of all of them is most of a short command's
   * start-up).
   */
  private static final java.util.List<Class<?>> SUBCOMMANDS =
      java.util.List.of(
          ScorecardCommand.class,
          DatapackCommand.class,
          KpisCommand.class,
          ExplainCommand.class,
          ValidateCommand.class,
          DiffCommand.class,
          TemplateCommand.class,
          MappingCommand.class,
          GenerateCommand.class,
          CommandLine.HelpCommand.class,
          AutoComplete.GenerateCompletion.class);

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show the stack trace of an internal error.")
  boolean debug;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // Alone, kpi shows what it can do (on stderr: the run is still a usage error, exit 2).
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a command is required: scorecard, kpis, explain, ... (see kpi --help)");
  }

  /** The exit codes as the help lists them, from {@link ExitCode}. */
  public static Map<String, String> exitCodeHelp() {
    Map<String, String> map = new LinkedHashMap<>();
    for (ExitCode c : ExitCode.values()) {
      map.put(Integer.toString(c.code()), c.meaning());
    }
    return map;
  }

  /** A configured command line writing to the given streams, with every subcommand. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, SUBCOMMANDS);
  }

  /**
   * A command line for these arguments: when the first names a subcommand, the root with that
   * subcommand only (what it parses and prints is the same); else every subcommand.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    if (args.length > 0) {
      for (Class<?> c : SUBCOMMANDS) {
        // the completion script and 'kpi help' list every subcommand, so they need them all
        if (c != AutoComplete.GenerateCompletion.class
            && c != CommandLine.HelpCommand.class
            && c.getAnnotation(Command.class).name().equals(args[0])) {
          return commandLine(out, err, java.util.List.of(c));
        }
      }
    }
    return commandLine(out, err);
  }

  private static CommandLine commandLine(
      PrintWriter out, PrintWriter err, java.util.List<Class<?>> subcommands) {
    CommandLine cl = new CommandLine(new KpiCommand());
    for (Class<?> c : subcommands) {
      cl.addSubcommand(c.getAnnotation(Command.class).name(), new CommandLine(c));
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    applyExitCodeHelp(cl);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.getCommandSpec().usageMessage().width(100);
    return cl;
  }

  private static void applyExitCodeHelp(CommandLine cl) {
    cl.getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodeHelp());
    cl.getSubcommands().values().forEach(KpiCommand::applyExitCodeHelp);
  }

  /** Bad options and values: one line and a hint, exit 2. */
  static final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println("kpi: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
      err.flush();
      return ExitCode.USAGE.code();
    }
  }

  /**
   * Failures while running: the user's mistakes get their message, bugs one line (trace with
   * --debug).
   */
  static final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
      PrintWriter err = cmd.getErr();
      if (ex instanceof KpiException k) {
        for (String line : String.valueOf(k.getMessage()).split("\n")) {
          err.println("kpi: " + kpi.app.read.Printable.of(line));
        }
        if (debug(parsed)) {
          ex.printStackTrace(err);
        }
        err.flush();
        return k.exitCode().code();
      }
      err.println(
          "kpi: internal error ("
              + ex.getClass().getSimpleName()
              + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
              + "). This is a bug; run again with --debug for the stack trace.");
      if (debug(parsed)) {
        ex.printStackTrace(err);
      }
      err.flush();
      return ExitCode.INTERNAL.code();
    }

    private static boolean debug(ParseResult parsed) {
      for (ParseResult p = parsed; p != null; p = p.subcommand()) {
        if (p.hasMatchedOption("--debug")) {
          return true;
        }
      }
      return false;
    }
  }
}
