package kpi.core.status;

/** A KPI's status against its target, one-to-one with a {@link Rag} colour. */
public enum Status {
  EXCEEDING(Rag.BLUE, "exceeding"),
  ACHIEVING(Rag.GREEN, "achieving"),
  NEAR_TARGET(Rag.AMBER, "near target"),
  REQUIRES_IMPROVEMENT(Rag.RED, "requires improvement"),
  NO_TARGET(Rag.GREY, "no target"),
  NO_DATA(Rag.GREY, "no data");

  private final Rag rag;
  private final String words;

  Status(Rag rag, String words) {
    this.rag = rag;
    this.words = words;
  }

  public Rag rag() {
    return rag;
  }

  /** The status in words, for text beside colour. */
  public String words() {
    return words;
  }
}
