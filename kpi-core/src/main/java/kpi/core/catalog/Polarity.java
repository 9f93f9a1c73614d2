package kpi.core.catalog;

/** Which way is better. */
public enum Polarity {
  HIGHER_IS_BETTER("higher_is_better"),
  LOWER_IS_BETTER("lower_is_better");

  private final String id;

  Polarity(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** +1 when higher is better, -1 when lower is better. */
  public int sign() {
    return this == HIGHER_IS_BETTER ? 1 : -1;
  }
}
