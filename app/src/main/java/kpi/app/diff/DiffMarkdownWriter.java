package kpi.app.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kpi.core.diff.Diff;
import kpi.core.diff.FailRule;
import kpi.core.diff.FileChange;
import kpi.core.diff.KpiChange;

/** GitHub-flavoured Markdown for a pull-request comment: verdict, changed KPIs, files, rules. */
public final class DiffMarkdownWriter implements DiffWriter {
  @Override
  public void write(DiffReport r, OutputStream out) throws IOException {
    PrintWriter p = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Diff d = r.diff();
    ln(p, "### kpi diff: " + cell(d.catalogId()) + ", " + d.period());
    ln(p, "");
    ln(
        p,
        "`"
            + code(r.before())
            + "` -> `"
            + code(r.after())
            + "`: **"
            + DiffText.summary(r)
            + "**.");
    if (!d.outcomes().isEmpty()) {
      long failed = d.outcomes().stream().filter(Diff.Outcome::failed).count();
      ln(p, "");
      ln(
          p,
          failed == 0
              ? "Every rule passed (" + rules(d) + ")."
              : "**Failed:** "
                  + String.join(
                      ", ",
                      d.outcomes().stream()
                          .filter(Diff.Outcome::failed)
                          .map(o -> "`" + o.rule().text() + "`")
                          .toList())
                  + " ("
                  + failed
                  + " of "
                  + d.outcomes().size()
                  + " rules).");
    }
    if (!d.changedKpis().isEmpty()) {
      ln(p, "");
      ln(p, "#### KPIs changed");
      ln(p, "");
      ln(p, "| KPI | before | after | change | status | direction | also |");
      ln(p, "|---|---:|---:|---:|---|---|---|");
      for (KpiChange k : d.changedKpis()) {
        ln(
            p,
            "| "
                + cell(k.id())
                + " "
                + cell(k.title())
                + " | "
                + cell(DiffText.value(k.before(), k.before() == null ? null : k.before().value()))
                + " | "
                + cell(DiffText.value(k.after(), k.after() == null ? null : k.after().value()))
                + " | "
                + cell(DiffText.change(k))
                + " | "
                + cell(DiffText.fromTo(DiffText.status(k.before()), DiffText.status(k.after())))
                + " | "
                + cell(
                    DiffText.fromTo(DiffText.direction(k.before()), DiffText.direction(k.after())))
                + " | "
                + cell(String.join("; ", DiffText.details(k)))
                + " |");
      }
    }
    if (!d.changedFiles().isEmpty()) {
      ln(p, "");
      ln(p, "#### Files changed");
      ln(p, "");
      ln(p, "| file | rows before | rows after | added | removed | changed | newly rejected |");
      ln(p, "|---|---:|---:|---:|---:|---:|---:|");
      for (FileChange f : d.changedFiles()) {
        ln(
            p,
            "| "
                + cell(f.file())
                + " | "
                + f.rowsBefore()
                + " | "
                + f.rowsAfter()
                + " | "
                + f.rowsAdded()
                + " | "
                + f.rowsRemoved()
                + " | "
                + f.rowsChanged()
                + " | "
                + f.newlyRejected()
                + " |");
      }
    }
    if (!d.outcomes().isEmpty()) {
      ln(p, "");
      ln(p, "#### Rules");
      ln(p, "");
      ln(p, "| rule | result | what broke it |");
      ln(p, "|---|---|---|");
      for (Diff.Outcome o : d.outcomes()) {
        List<String> msgs = o.breaches().stream().map(FailRule.Breach::message).toList();
        ln(
            p,
            "| `"
                + code(o.rule().text())
                + "` | "
                + (o.failed() ? "**failed**" : "passed")
                + " | "
                + cell(String.join("; ", msgs))
                + " |");
      }
    }
    if (!r.notes().isEmpty()) {
      ln(p, "");
      for (String n : r.notes()) {
        ln(p, "_" + cell(n) + "_");
      }
    }
    p.flush();
  }

  private static String rules(Diff d) {
    return String.join(", ", d.outcomes().stream().map(o -> "`" + o.rule().text() + "`").toList());
  }

  /** Text safe in a table cell: pipes escaped, line breaks as spaces. */
  static String cell(String s) {
    return s.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\r", " ")
        .replace("\n", " ")
        .replace("<", "&lt;");
  }

  private static String code(String s) {
    return s.replace("`", "'");
  }

  private static void ln(PrintWriter p, String s) {
    p.print(s + "\n");
  }
}
