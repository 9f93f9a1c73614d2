package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import kpi.app.error.ExitCode;
import org.junit.jupiter.api.Test;

class HelpAndVersionTest {

  @Test
  void helpListsEveryExitCodeOfTheEnum() {
    CliResult r = CliResult.run("--help");
    assertThat(r).succeeded().outContains("Exit codes:");
    for (ExitCode c : ExitCode.values()) {
      assertThat(r.out())
          .containsPattern(
              "(?m)^\\s+"
                  + c.code()
                  + "\\s+"
                  + java.util.regex.Pattern.quote(c.meaning().substring(0, 20)));
    }
    assertThat(r.out()).contains("scorecard", "kpis", "explain");
  }

  @Test
  void subcommandHelpListsExitCodesToo() {
    assertThat(CliResult.run("scorecard", "--help"))
        .succeeded()
        .outContains("Exit codes:")
        .outContains("--period")
        .outContains("--format");
  }

  /** A subcommand run builds only its own model: what it prints must not change for that. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "scorecard",
        "datapack",
        "kpis",
        "explain",
        "validate",
        "diff",
        "template",
        "mapping",
        "generate"
      })
  void aSubcommandAloneSaysWhatItSaysAmongAllOfThem(String name) {
    for (String[] args : new String[][] {{name, "--help"}, {name, "--no-such-option"}}) {
      java.io.StringWriter fullOut = new java.io.StringWriter();
      java.io.StringWriter fullErr = new java.io.StringWriter();
      int full =
          KpiCommand.commandLine(
                  new java.io.PrintWriter(fullOut, true), new java.io.PrintWriter(fullErr, true))
              .execute(args);
      java.io.StringWriter oneOut = new java.io.StringWriter();
      java.io.StringWriter oneErr = new java.io.StringWriter();
      picocli.CommandLine one =
          KpiCommand.commandLine(
              new java.io.PrintWriter(oneOut, true), new java.io.PrintWriter(oneErr, true), args);
      assertThat(one.getSubcommands().keySet()).containsExactly(name);
      assertThat(one.execute(args)).isEqualTo(full);
      assertThat(oneOut.toString()).isEqualTo(fullOut.toString());
      assertThat(oneErr.toString()).isEqualTo(fullErr.toString());
    }
  }

  @Test
  void theCompletionScriptIsBuiltFromEverySubcommand() {
    picocli.CommandLine cl =
        KpiCommand.commandLine(
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(new java.io.StringWriter()),
            "generate-completion");
    assertThat(cl.getSubcommands()).hasSize(11);
    assertThat(
            KpiCommand.commandLine(
                    new java.io.PrintWriter(new java.io.StringWriter()),
                    new java.io.PrintWriter(new java.io.StringWriter()),
                    "help",
                    "kpis")
                .getSubcommands())
        .hasSize(11);
  }

  @Test
  void versionNamesTheToolAndTheJavaRuntime() {
    CliResult r = CliResult.run("--version");
    assertThat(r).succeeded().outContains("kpi ").outContains("Java ");
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    assertThat(CliResult.run("scorecard", "--colour"))
        .exitedWith(2)
        .errContains("Unknown option")
        .errContains("--help")
        .noStackTrace();
  }

  @Test
  void noCommandIsAUsageError() {
    // Alone, kpi lists its commands (as a new user expects) and is still a usage error.
    assertThat(CliResult.run())
        .exitedWith(2)
        .errContains("a command is required")
        .errContains("Usage: kpi")
        .errContains("scorecard")
        .errContains("datapack");
  }

  @Test
  void helpCommandShowsASubcommandsHelp() {
    assertThat(CliResult.run("help", "scorecard"))
        .succeeded()
        .outContains("Usage: kpi scorecard")
        .outContains("--period");
  }

  @Test
  void badPeriodIsAUsageErrorNamingTheForms() {
    assertThat(CliResult.run("scorecard", "--period", "2016/18"))
        .exitedWith(2)
        .errContains("2016/17")
        .noStackTrace();
  }
}
