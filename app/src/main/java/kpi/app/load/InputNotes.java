package kpi.app.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kpi.app.read.FileKind;
import kpi.app.read.FileSummary;
import kpi.core.catalog.KpiDefinition;
import kpi.core.engine.Scorecard;

/**
 * Notes for KPIs whose input files lost rows: a file wholly rejected is named as the reason a KPI
 * has no data, a partly rejected one with the count left out. Pure.
 */
public final class InputNotes {
  private InputNotes() {}

  /**
   * The file kind a measure reads, from its family (its id's prefix: {@link FileKind#readBy}); null
   * for comparators and unknowns.
   */
  static String kindOf(String measure) {
    return FileKind.readBy(DropLoader.family(measure)).map(FileKind::id).orElse(null);
  }

  /** KPI id to notes, in catalog order, only for KPIs with something to say. */
  public static Map<String, List<String>> of(Scorecard scorecard, List<FileSummary> inputs) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (var k : scorecard.kpis()) {
      KpiDefinition d = k.kpi();
      String kind = kindOf(d.measure());
      if (kind == null) {
        continue;
      }
      List<String> notes = new ArrayList<>();
      for (FileSummary f : inputs) {
        if (!f.kind().equals(kind)) {
          continue;
        }
        if (f.rowsRead() == 0 && f.sha256().isEmpty()) {
          notes.add(
              f.file()
                  + " could not be read, so nothing from it is counted; run kpi validate"
                  + " for the reason");
        } else if (f.rowsRejected() == 0) {
          // every row was accepted: nothing to say about this file
        } else if (f.rowsAccepted() == 0) {
          notes.add(
              String.format(
                  Locale.UK,
                  "%s: every one of its %,d rows was rejected, so"
                      + " nothing from this file is counted%s; run kpi validate for the reasons",
                  f.file(),
                  f.rowsRejected(),
                  k.value() == null ? " (the reason this KPI has no data)" : ""));
        } else {
          notes.add(
              String.format(
                  Locale.UK,
                  "%s: %,d of %,d rows were rejected and left out",
                  f.file(),
                  f.rowsRejected(),
                  f.rowsRead()));
        }
      }
      if (!notes.isEmpty()) {
        out.put(d.id(), List.copyOf(notes));
      }
    }
    return out;
  }
}
