package kpi.core.neet;

/** DfE's three routes of participation in education and training. */
public enum ParticipationRoute {
  FULL_TIME_EDUCATION("full-time education"),
  APPRENTICESHIP("apprenticeship"),
  OTHER("other education and training");

  private final String label;

  ParticipationRoute(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
