package kpi.core.measure;

import java.util.List;
import java.util.Set;

/** A built-in measure: a pure function from a data set and a query to a result. */
public interface Measure {

  /** The catalog name, e.g. {@code neet.neet_rate}. */
  String id();

  /** The data-drop file kind the measure reads, e.g. {@code neet-tracking}. */
  String source();

  /** The dimensions this measure can filter and break down by. */
  Set<String> dimensions();

  /**
   * The parameters ({@code params} keys) this measure reads; a catalog giving any other is refused
   * when it is loaded, so a misspelt parameter is never silently ignored.
   */
  Set<String> parameters();

  /** Computes the measure. Never throws for missing data: gives null with a note. */
  MeasureResult compute(DataSet data, MeasureQuery query);

  /** The values of a breakdown dimension, in display order. */
  List<BreakdownValue> breakdownValues(DataSet data, String dimension);

  /**
   * True when the measure gives a value of its own for a month or quarter; otherwise a monthly or
   * quarterly scorecard shows the academic year's value (labelled as such) and compares it with the
   * previous academic year.
   */
  default boolean measuresWithinYear(DataSet data, MeasureQuery query) {
    return false;
  }

  /** The academic years the data can give this measure a value for, oldest first. */
  List<kpi.core.period.Period.AcademicYear> years(DataSet data);
}
