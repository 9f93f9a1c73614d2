package kpi.core.stats;

/** A confidence level, with the two-sided standard normal quantile Fingertips uses for it. */
public enum Level {
  /** 95%: z = 1.959964 (the 0.975 normal quantile). */
  P95("95", 1.959963984540054),
  /** 99.8%: z = 3.090232 (the 0.999 normal quantile). */
  P99_8("99.8", 3.090232306167813);

  private final String label;
  private final double z;

  Level(String label, double z) {
    this.label = label;
    this.z = z;
  }

  /** "95" or "99.8", as written in outputs. */
  public String label() {
    return label;
  }

  /** The level as a number: 95 or 99.8. */
  public double percent() {
    return Double.parseDouble(label);
  }

  public double z() {
    return z;
  }
}
