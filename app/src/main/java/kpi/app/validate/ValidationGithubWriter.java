package kpi.app.validate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import kpi.app.read.Problem;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}), so problems show
 * as annotations on the files of the pull request.
 */
public final class ValidationGithubWriter implements ValidationWriter {
  private final String pathPrefix;

  /**
   * @param pathPrefix the drop folder as the repository knows it, prefixed to file names
   */
  public ValidationGithubWriter(String pathPrefix) {
    this.pathPrefix =
        pathPrefix == null || pathPrefix.isEmpty()
            ? ""
            : pathPrefix.endsWith("/") ? pathPrefix : pathPrefix + "/";
  }

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    PrintWriter p = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (Problem pr : report.problems().kept()) {
      StringBuilder b = new StringBuilder("::").append(pr.isError() ? "error" : "warning");
      b.append(" file=").append(property(file(pr.file())));
      if (pr.row() != null) {
        b.append(",line=").append(pr.row());
      }
      b.append(",title=").append(property("kpi " + pr.check()));
      String where =
          pr.cell() != null ? pr.cell() + ": " : pr.column() != null ? pr.column() + ": " : "";
      b.append("::").append(message(where + pr.message()));
      p.print(b.append('\n'));
    }
    p.flush();
  }

  private String file(String name) {
    if (name == null) {
      return "";
    }
    return name.startsWith("/") ? name : pathPrefix + name;
  }

  static String message(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String s) {
    return message(s).replace(":", "%3A").replace(",", "%2C");
  }
}
