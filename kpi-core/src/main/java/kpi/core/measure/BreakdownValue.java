package kpi.core.measure;

/** One value of a breakdown dimension: the code a filter matches and the label shown. */
public record BreakdownValue(String code, String label) {}
