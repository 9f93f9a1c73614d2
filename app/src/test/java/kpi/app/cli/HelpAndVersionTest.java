package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import kpi.app.ExitCode;
import org.junit.jupiter.api.Test;

class HelpAndVersionTest {

  @Test
  void helpListsEveryExitCodeOfTheEnum() {
    CliResult r = CliResult.run("--help");
    assertThat(r).succeeded().outContains("Exit codes:");
    for (ExitCode c : ExitCode.values()) {
      assertThat(r.out()).containsPattern("(?m)^\\s+" + c.code() + "\\s+" + java.util.regex.Pattern.quote(
          c.meaning().substring(0, 20)));
    }
    assertThat(r.out()).contains("scorecard", "kpis", "explain");
  }

  @Test
  void subcommandHelpListsExitCodesToo() {
    assertThat(CliResult.run("scorecard", "--help")).succeeded().outContains("Exit codes:")
        .outContains("--period").outContains("--format");
  }

  @Test
  void versionNamesTheToolAndTheJavaRuntime() {
    CliResult r = CliResult.run("--version");
    assertThat(r).succeeded().outContains("kpi ").outContains("Java ");
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    assertThat(CliResult.run("scorecard", "--colour")).exitedWith(2)
        .errContains("Unknown option").errContains("--help").noStackTrace();
  }

  @Test
  void noCommandIsAUsageError() {
    // Alone, kpi lists its commands (as a new user expects) and is still a usage error.
    assertThat(CliResult.run()).exitedWith(2).errContains("a command is required")
        .errContains("Usage: kpi").errContains("scorecard").errContains("datapack");
  }

  @Test
  void helpCommandShowsASubcommandsHelp() {
    assertThat(CliResult.run("help", "scorecard")).succeeded().outContains("Usage: kpi scorecard")
        .outContains("--period");
  }

  @Test
  void badPeriodIsAUsageErrorNamingTheForms() {
    assertThat(CliResult.run("scorecard", "--period", "2016/18")).exitedWith(2)
        .errContains("2016/17").noStackTrace();
  }
}
