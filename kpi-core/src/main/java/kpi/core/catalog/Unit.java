package kpi.core.catalog;

/** What a KPI's value measures; decides rounding and the no-change band. */
public enum Unit {
  PERCENT("percent"),
  COUNT("count"),
  SCORE("score"),
  RATE_PER_100K("rate_per_100k");

  private final String id;

  Unit(String id) {
    this.id = id;
  }

  /** The name used in catalogs and JSON. */
  public String id() {
    return id;
  }
}
