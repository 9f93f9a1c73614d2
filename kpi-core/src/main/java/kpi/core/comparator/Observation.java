package kpi.core.comparator;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One published figure: an indicator's value for an area and period, or the symbol DfE gives
 * instead of a value ({@code c} suppressed, {@code x} not available, {@code z} not applicable,
 * {@code low}, {@code k}, {@code u}). Immutable.
 *
 * @param periodKey see {@link PeriodKey}
 * @param periodLabel the period as the file writes it
 * @param level geographic level ({@code National}, {@code Regional}, {@code Local authority})
 * @param filters the row's filter columns (lower-case name to value), to pick totals
 * @param value null when the file gives a symbol
 * @param source the file the figure was read from, as named in the drop; empty when unknown
 */
public record Observation(
    String indicator,
    String periodKey,
    String periodLabel,
    String level,
    String areaCode,
    String areaName,
    Map<String, String> filters,
    Double value,
    String symbol,
    String source) {

  /** A figure whose file is not known. */
  public Observation(
      String indicator,
      String periodKey,
      String periodLabel,
      String level,
      String areaCode,
      String areaName,
      Map<String, String> filters,
      Double value,
      String symbol) {
    this(indicator, periodKey, periodLabel, level, areaCode, areaName, filters, value, symbol, "");
  }

  public Observation {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(periodKey, "periodKey");
    level = level == null ? "" : level;
    areaCode = areaCode == null ? "" : areaCode;
    areaName = areaName == null ? "" : areaName;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    source = source == null ? "" : source;
    if (value == null && (symbol == null || symbol.isBlank())) {
      throw new IllegalArgumentException("a published figure needs a value or a symbol");
    }
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("a published value must be finite");
    }
  }

  /** True when the area's name or code is the given one (any case). */
  public boolean isArea(String nameOrCode) {
    return areaName.equalsIgnoreCase(nameOrCode.strip())
        || (!areaCode.isEmpty() && areaCode.equalsIgnoreCase(nameOrCode.strip()));
  }

  /** True when the level is the given one, ignoring case, spaces and a trailing "s". */
  public boolean atLevel(String wanted) {
    return norm(level).equals(norm(wanted));
  }

  private static String norm(String s) {
    String n = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
  }
}
