package kpi.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import kpi.app.Main;
import org.assertj.core.api.AbstractAssert;

/** What one run of the command line gave: exit code, stdout and stderr. */
record CliResult(int exitCode, String out, String err) {

  /** Runs {@code kpi args...} in-process with captured streams. */
  static CliResult run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliResult(code, out.toString(), err.toString());
  }

  /**
   * The JSON scorecard (which must succeed) and the JSON validate report with its exit code of a
   * drop, read with a system property set for the two runs (to compare ways of reading).
   */
  static String[] scorecardAndValidate(java.nio.file.Path drop, String property, String value) {
    System.setProperty(property, value);
    try {
      CliResult s = run("scorecard", "-q", "--data", drop.toString(), "--format", "json");
      assertThat(s).exitedWith(0);
      CliResult v = run("validate", "--data", drop.toString(), "--format", "json");
      return new String[] {s.out(), v.out() + "\nexit " + v.exitCode()};
    } finally {
      System.clearProperty(property);
    }
  }

  static CliResultAssert assertThat(CliResult r) {
    return new CliResultAssert(r);
  }

  /** AssertJ assertions that show both streams when they fail. */
  static final class CliResultAssert extends AbstractAssert<CliResultAssert, CliResult> {
    CliResultAssert(CliResult actual) {
      super(actual, CliResultAssert.class);
    }

    CliResultAssert succeeded() {
      return exitedWith(0);
    }

    CliResultAssert exitedWith(int code) {
      if (actual.exitCode() != code) {
        failWithMessage(
            "expected exit code %d but was %d%n--- stdout%n%s%n--- stderr%n%s",
            code, actual.exitCode(), actual.out(), actual.err());
      }
      return this;
    }

    CliResultAssert outContains(String s) {
      if (!actual.out().contains(s)) {
        failWithMessage(
            "expected stdout to contain <%s>%n--- stdout%n%s%n--- stderr%n%s",
            s, actual.out(), actual.err());
      }
      return this;
    }

    CliResultAssert errContains(String s) {
      if (!actual.err().contains(s)) {
        failWithMessage(
            "expected stderr to contain <%s>%n--- stdout%n%s%n--- stderr%n%s",
            s, actual.out(), actual.err());
      }
      return this;
    }

    CliResultAssert noStackTrace() {
      if (actual.err().contains("\tat ") || actual.err().contains("Exception in thread")) {
        failWithMessage("expected no stack trace on stderr but got%n%s", actual.err());
      }
      return this;
    }
  }
}
