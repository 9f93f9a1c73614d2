package kpi.app.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kpi.app.load.CatalogSource;
import kpi.app.mapping.Mapping;
import kpi.app.read.FileSummary;
import kpi.core.engine.KpiResult;
import kpi.core.engine.Scorecard;

/**
 * A scorecard with the input files it was computed from, ready to write. Immutable.
 *
 * @param mapping the mapping the drop was read through, or null
 * @param catalogSource where the catalog came from; null when not known (a scorecard rebuilt from
 *     JSON, say)
 * @param inputNotes notes about a KPI's input files (rows rejected), by KPI id, shown after the
 *     KPI's own notes
 */
public record ScorecardReport(
    Scorecard scorecard,
    List<FileSummary> inputs,
    Mapping mapping,
    CatalogSource catalogSource,
    Map<String, List<String>> inputNotes) {
  public ScorecardReport {
    inputs = List.copyOf(inputs);
    inputNotes = Map.copyOf(inputNotes);
  }

  /** A report of a drop read through a mapping (or none), without provenance notes. */
  public ScorecardReport(Scorecard scorecard, List<FileSummary> inputs, Mapping mapping) {
    this(scorecard, inputs, mapping, null, Map.of());
  }

  /** A report of a drop read without a mapping. */
  public ScorecardReport(Scorecard scorecard, List<FileSummary> inputs) {
    this(scorecard, inputs, null);
  }

  /** The KPI's notes from the computation, then those about its input files. */
  public List<String> notes(KpiResult k) {
    List<String> extra = inputNotes.getOrDefault(k.kpi().id(), List.of());
    if (extra.isEmpty()) {
      return k.notes();
    }
    List<String> all = new ArrayList<>(k.notes());
    all.addAll(extra);
    return all;
  }

  /** Rows rejected over all inputs. */
  public long rowsRejected() {
    return inputs.stream().mapToLong(FileSummary::rowsRejected).sum();
  }
}
