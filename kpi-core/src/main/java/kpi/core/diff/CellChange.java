package kpi.core.diff;

/** A breakdown cell whose disclosure changed between two scorecards. */
public sealed interface CellChange permits CellChange.Suppressed, CellChange.Unsuppressed {

  String dimension();

  String code();

  String label();

  /** {@code suppressed} or {@code unsuppressed}, as reports name it. */
  String kind();

  /** Shown before: now suppressed. */
  record Suppressed(String dimension, String code, String label) implements CellChange {
    @Override
    public String kind() {
      return "suppressed";
    }
  }

  /** Suppressed before: now shown. */
  record Unsuppressed(String dimension, String code, String label) implements CellChange {
    @Override
    public String kind() {
      return "unsuppressed";
    }
  }
}
