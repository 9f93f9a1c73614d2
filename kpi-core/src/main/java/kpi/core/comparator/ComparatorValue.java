package kpi.core.comparator;

/** A published comparator value; {@code symbol} is the EES symbol when there is no value. */
public record ComparatorValue(String name, String period, Double value, String symbol) {}
