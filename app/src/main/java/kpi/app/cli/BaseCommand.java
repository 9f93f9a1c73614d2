package kpi.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kpi.app.error.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Every subcommand: checks options that span several fields, then runs, returning an exit code.
 * Commands print only through the command line's writers so tests can capture them.
 */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-q", "--quiet"},
      description = "No notices or progress on stderr.")
  boolean quiet;

  @Override
  public final Integer call() throws Exception {
    validate();
    return execute().code();
  }

  /**
   * Cross-option rules; throw {@link picocli.CommandLine.ParameterException} to fail with exit 2.
   */
  protected void validate() {}

  protected abstract ExitCode execute() throws Exception;

  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Which file is being read, on stderr when it is a terminal and not --quiet. */
  protected kpi.app.load.LoadProgress loadProgress() {
    return quiet || !Terminal.stderr()
        ? kpi.app.load.LoadProgress.NONE
        : kpi.app.load.LoadProgress.terminal(err());
  }

  /** A warning about lost data on stderr: shown even with --quiet. */
  protected void warn(String message) {
    err().println(message);
    err().flush();
  }

  /** A one-line notice on stderr, unless --quiet. */
  protected void notice(String message) {
    if (!quiet) {
      err().println(kpi.app.read.Printable.lines(message));
      err().flush();
    }
  }
}
