package kpi.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import kpi.app.cli.KpiCommand;
import kpi.app.error.ExitCode;

/** The {@code kpi} command line. {@link #run} is the testable entry point. */
public final class Main {
  static {
    // POI logs through log4j-api; with no logging backend it would print a warning on every run.
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("log4j2.simplelogLevel", "OFF");
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
  }

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command with the given streams and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // Answered before picocli builds the command model, which loads every subcommand: a
      // script asking for the version should not wait for that.
      try {
        for (String line : new kpi.app.cli.VersionProvider().getVersion()) {
          out.println(line);
        }
        out.flush();
        return ExitCode.OK.code();
      } catch (java.io.IOException e) {
        // fall through to picocli, which reports it
      }
    }
    try {
      return KpiCommand.commandLine(out, err, args).execute(args);
    } catch (OutOfMemoryError e) {
      // Readers stream, so this means a very wide or hostile input, or a tiny heap.
      err.println(
          "kpi: out of memory ("
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB heap); give Java more with KPI_JAVA_OPTS=-Xmx2g, or check the input");
      err.flush();
      return ExitCode.INTERNAL.code();
    }
  }
}
