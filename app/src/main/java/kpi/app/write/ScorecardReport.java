package kpi.app.write;

import java.util.List;
import kpi.app.mapping.Mapping;
import kpi.app.read.FileSummary;
import kpi.core.engine.Scorecard;

/**
 * A scorecard with the input files it was computed from, ready to write. Immutable.
 *
 * @param mapping the mapping the drop was read through, or null
 */
public record ScorecardReport(Scorecard scorecard, List<FileSummary> inputs, Mapping mapping) {
  public ScorecardReport {
    inputs = List.copyOf(inputs);
  }

  /** A report of a drop read without a mapping. */
  public ScorecardReport(Scorecard scorecard, List<FileSummary> inputs) {
    this(scorecard, inputs, null);
  }
}
