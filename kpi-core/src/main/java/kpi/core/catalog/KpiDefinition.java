package kpi.core.catalog;

import java.util.List;
import java.util.regex.Pattern;
import kpi.core.InvalidRequestException;

/**
 * One KPI of a catalog: what is measured, over which records, and how it is judged. Fields left
 * null fall back to the catalog's {@link Defaults}. Immutable.
 */
public record KpiDefinition(
    String id,
    String title,
    String theme,
    String measure,
    Filter filter,
    Params params,
    Unit unit,
    Polarity polarity,
    Target target,
    List<String> breakdown,
    ComparatorSpec comparator,
    Tolerance amberTolerance,
    Tolerance exceedMargin,
    Tolerance noChangeBand,
    CompareWith compareWith,
    TrendSpec trend,
    String source,
    String note,
    Integer minDenominator) {

  /** A KPI that takes the catalog's small-base threshold. */
  public KpiDefinition(
      String id,
      String title,
      String theme,
      String measure,
      Filter filter,
      Params params,
      Unit unit,
      Polarity polarity,
      Target target,
      List<String> breakdown,
      ComparatorSpec comparator,
      Tolerance amberTolerance,
      Tolerance exceedMargin,
      Tolerance noChangeBand,
      CompareWith compareWith,
      TrendSpec trend,
      String source,
      String note) {
    this(
        id,
        title,
        theme,
        measure,
        filter,
        params,
        unit,
        polarity,
        target,
        breakdown,
        comparator,
        amberTolerance,
        exceedMargin,
        noChangeBand,
        compareWith,
        trend,
        source,
        note,
        null);
  }

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  public KpiDefinition {
    InvalidRequestException.require(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new InvalidRequestException("KPI id must be letters, digits, '.', '_' or '-': " + id);
    }
    if (title == null || title.isBlank()) {
      throw new InvalidRequestException("KPI " + id + " needs a title");
    }
    InvalidRequestException.require(measure, "measure");
    InvalidRequestException.require(unit, "unit");
    InvalidRequestException.require(polarity, "polarity");
    theme = theme == null ? "" : theme;
    filter = filter == null ? Filter.none() : filter;
    params = params == null ? Params.none() : params;
    target = target == null ? Target.none() : target;
    breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
    source = source == null ? "" : source;
    note = note == null ? "" : note;
    if (minDenominator != null && minDenominator < 0) {
      throw new InvalidRequestException("min_denominator must be 0 or more");
    }
  }
}
