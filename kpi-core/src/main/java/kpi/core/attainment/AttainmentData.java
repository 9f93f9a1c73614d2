package kpi.core.attainment;

/** KS4, 16-18 and age-19 results of a data drop. */
public record AttainmentData(Ks4Cube ks4, Ks5Cube ks5, Age19Cube age19) {
  public AttainmentData {
    ks4 = ks4 == null ? Ks4Cube.empty() : ks4;
    ks5 = ks5 == null ? Ks5Cube.empty() : ks5;
    age19 = age19 == null ? Age19Cube.empty() : age19;
  }

  public static AttainmentData empty() {
    return new AttainmentData(null, null, null);
  }
}
