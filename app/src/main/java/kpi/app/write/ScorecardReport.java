package kpi.app.write;

import java.util.List;
import kpi.app.read.FileSummary;
import kpi.core.engine.Scorecard;

/** A scorecard with the input files it was computed from, ready to write. Immutable. */
public record ScorecardReport(Scorecard scorecard, List<FileSummary> inputs) {
  public ScorecardReport {
    inputs = List.copyOf(inputs);
  }
}
