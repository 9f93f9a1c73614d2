package kpi.core.status;

/** Direction of travel against the comparison period. */
public enum Direction {
  IMPROVING("\u25B2", "improving"),
  NO_CHANGE("\u25BA", "no change"),
  WORSENING("\u25BC", "worsening"),
  NOT_COMPARABLE("–", "not comparable");

  private final String arrow;
  private final String words;

  Direction(String arrow, String words) {
    this.arrow = arrow;
    this.words = words;
  }

  public String arrow() {
    return arrow;
  }

  public String words() {
    return words;
  }
}
