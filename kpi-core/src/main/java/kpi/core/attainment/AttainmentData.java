package kpi.core.attainment;

/** KS4, 16-18 and age-19 results of a data drop. */
public record AttainmentData(Ks4Cube ks4, Ks5Cube ks5, Age19Cube age19) {
  public AttainmentData {
    ks4 = ks4 == null ? new Ks4Cube() : ks4;
    ks5 = ks5 == null ? new Ks5Cube() : ks5;
    age19 = age19 == null ? new Age19Cube() : age19;
    ks5.finish();
  }

  public static AttainmentData empty() {
    return new AttainmentData(null, null, null);
  }
}
