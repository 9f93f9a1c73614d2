package kpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import kpi.app.error.ExitCode;
import kpi.app.error.KpiException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What a command's failure becomes: a {@link KpiException} its exit code and message; anything else
 * (an {@code IllegalArgumentException} from the core included) a bug, exit 4, one line, the stack
 * trace only with {@code --debug}.
 */
class InternalErrorTest {

  private record Handled(int exit, String err) {}

  private static Handled handle(Exception failure, String... args) throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cl =
        KpiCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
    int exit =
        cl.getExecutionExceptionHandler().handleExecutionException(failure, cl, cl.parseArgs(args));
    return new Handled(exit, err.toString());
  }

  @Test
  void anIllegalArgumentIsABugWithExit4AndNoTrace() throws Exception {
    Handled h = handle(new IllegalArgumentException("index -1"), "kpis");
    assertThat(h.exit()).isEqualTo(ExitCode.INTERNAL.code()).isEqualTo(4);
    assertThat(h.err())
        .startsWith("kpi: internal error (IllegalArgumentException: index -1)")
        .contains("--debug")
        .doesNotContain("\tat ");
  }

  @Test
  void withDebugTheTraceIsShown() throws Exception {
    Handled h = handle(new IllegalStateException("boom"), "--debug", "kpis");
    assertThat(h.exit()).isEqualTo(4);
    assertThat(h.err())
        .contains("internal error (IllegalStateException: boom)")
        .contains("\tat " + InternalErrorTest.class.getName());
  }

  @Test
  void aUserErrorKeepsItsExitCodeAndMessage() throws Exception {
    Handled h = handle(KpiException.usage("unknown KPI \"X\""), "kpis");
    assertThat(h.exit()).isEqualTo(2);
    assertThat(h.err()).isEqualTo("kpi: unknown KPI \"X\"" + System.lineSeparator());
  }
}
