package kpi.app.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kpi.app.write.TextTable;
import kpi.core.diff.Diff;
import kpi.core.diff.FailRule;
import kpi.core.diff.FileChange;
import kpi.core.diff.KpiChange;

/** The terminal report: changed KPIs first, then changed files, then the rules. */
public final class DiffTextWriter implements DiffWriter {
  @Override
  public void write(DiffReport r, OutputStream out) throws IOException {
    PrintWriter p = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Diff d = r.diff();
    ln(
        p,
        "kpi diff "
            + r.before()
            + " -> "
            + r.after()
            + ": catalog "
            + d.catalogId()
            + ", period "
            + d.period());
    ln(p, DiffText.summary(r));
    if (!d.changedKpis().isEmpty()) {
      ln(p, "");
      ln(p, "KPIs changed");
      for (KpiChange k : d.changedKpis()) {
        ln(p, "  " + k.id() + "  " + TextTable.shorten(k.title(), 70));
        String change = DiffText.change(k);
        ln(
            p,
            "    value "
                + DiffText.fromTo(
                    DiffText.value(k.before(), k.before() == null ? null : k.before().value()),
                    DiffText.value(k.after(), k.after() == null ? null : k.after().value()))
                + (change.isEmpty() ? "" : " (" + change + ")"));
        ln(
            p,
            "    status "
                + DiffText.fromTo(DiffText.status(k.before()), DiffText.status(k.after()))
                + "; direction "
                + DiffText.fromTo(DiffText.direction(k.before()), DiffText.direction(k.after())));
        for (String detail : DiffText.details(k)) {
          ln(p, "    " + detail);
        }
      }
    }
    if (!d.changedFiles().isEmpty()) {
      ln(p, "");
      ln(p, "Files changed");
      List<List<String>> rows = new ArrayList<>();
      rows.add(
          List.of(
              "  file",
              "rows before",
              "rows after",
              "added",
              "removed",
              "changed",
              "newly rejected"));
      for (FileChange f : d.changedFiles()) {
        rows.add(
            List.of(
                "  " + f.file(),
                Long.toString(f.rowsBefore()),
                Long.toString(f.rowsAfter()),
                Long.toString(f.rowsAdded()),
                Long.toString(f.rowsRemoved()),
                Long.toString(f.rowsChanged()),
                Long.toString(f.newlyRejected())));
      }
      TextTable.print(p, rows);
    }
    if (!d.outcomes().isEmpty()) {
      ln(p, "");
      ln(p, "Rules");
      for (Diff.Outcome o : d.outcomes()) {
        if (!o.failed()) {
          ln(p, "  passed " + o.rule().text());
        }
        for (FailRule.Breach b : o.breaches()) {
          ln(p, "  FAILED " + o.rule().text() + ": " + b.message());
        }
      }
    }
    for (String note : r.notes()) {
      ln(p, "note: " + note);
    }
    p.flush();
  }

  private static void ln(PrintWriter p, String s) {
    p.print(s + "\n");
  }
}
