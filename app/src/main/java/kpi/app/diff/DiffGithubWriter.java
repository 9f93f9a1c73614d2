package kpi.app.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import kpi.core.diff.Diff;
import kpi.core.diff.FailRule;

/**
 * GitHub Actions workflow commands: one {@code ::error} per breach of a {@code --fail-on} rule (on
 * the file, when a file broke it), then a {@code ::notice} summing up what changed.
 */
public final class DiffGithubWriter implements DiffWriter {
  @Override
  public void write(DiffReport r, OutputStream out) throws IOException {
    PrintWriter p = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Diff d = r.diff();
    for (Diff.Outcome o : d.outcomes()) {
      for (FailRule.Breach b : o.breaches()) {
        StringBuilder line = new StringBuilder("::error ");
        if (b.file() != null) {
          String dir = r.after().endsWith("/") ? r.after() : r.after() + "/";
          line.append("file=").append(property(dir + b.file())).append(',');
        }
        line.append("title=")
            .append(property("kpi diff " + o.rule().text()))
            .append("::")
            .append(message(b.message()));
        p.print(line.append('\n'));
      }
    }
    p.print(
        "::notice title="
            + property("kpi diff " + d.catalogId() + " " + d.period())
            + "::"
            + message(r.before() + " -> " + r.after() + ": " + DiffText.summary(r))
            + "\n");
    p.flush();
  }

  static String message(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String s) {
    return message(s).replace(":", "%3A").replace(",", "%2C");
  }
}
