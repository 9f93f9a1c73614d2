package kpi.app.validate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import kpi.app.read.FileSummary;
import kpi.app.read.Problem;
import kpi.app.read.Problems;

/** One line per problem, then a line per file and a verdict: for people at a terminal. */
public final class ValidationTextWriter implements ValidationWriter {
  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    PrintWriter p = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (Problem pr : report.problems().kept()) {
      p.print(
          pr.oneLine()
              + (pr.value() == null || pr.value().isEmpty()
                  ? ""
                  : " [value: " + kpi.app.read.Printable.of(pr.value()) + "]")
              + "\n");
    }
    for (Problems.Overflow o : report.problems().overflow()) {
      p.print(
          o.severity().id()
              + ": "
              + kpi.app.read.Printable.of(o.file())
              + ": "
              + o.more()
              + " more "
              + o.check()
              + " problems not shown (raise --max-problems to see them)\n");
    }
    if (!report.problems().kept().isEmpty()) {
      p.print("\n");
    }
    for (FileSummary f : report.files()) {
      p.print(
          String.format(
                  java.util.Locale.UK,
                  "%s (%s): %,d rows read, %,d accepted, %,d rejected; %,d errors, %,d warnings%n",
                  kpi.app.read.Printable.of(f.file()),
                  f.kind(),
                  f.rowsRead(),
                  f.rowsAccepted(),
                  f.rowsRejected(),
                  report.problems().errors(f.file()),
                  report.problems().warnings(f.file()))
              .replace("\r\n", "\n"));
      for (String note : f.notes()) {
        p.print("  note: " + note + "\n");
      }
    }
    p.print(
        (report.valid() ? "valid" : "NOT valid")
            + ": "
            + report.problems().errors()
            + " errors, "
            + report.problems().warnings()
            + " warnings"
            + (report.strict() ? " (--strict: warnings count as errors)" : "")
            + "\n");
    p.flush();
  }
}
