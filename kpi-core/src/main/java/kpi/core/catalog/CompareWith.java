package kpi.core.catalog;

/** Which period direction of travel compares with. */
public enum CompareWith {
  PREVIOUS_PERIOD("previous_period"),
  SAME_PERIOD_LAST_YEAR("same_period_last_year");

  private final String id;

  CompareWith(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
