package kpi.core.apprenticeship;

import java.util.Arrays;
import java.util.Optional;

/** DfE's apprenticeship age bands, from age at start: under 19, 19-24, 25 and over. */
public enum AgeBand {
  UNDER_19("16-18"),
  AGE_19_TO_24("19-24"),
  AGE_25_PLUS("25+");

  private final String id;

  AgeBand(String id) {
    this.id = id;
  }

  /** The band's name in catalogs and outputs: {@code 16-18}, {@code 19-24}, {@code 25+}. */
  public String id() {
    return id;
  }

  /** The band of an age at start (16 or over). */
  public static AgeBand of(int ageAtStart) {
    if (ageAtStart < 16) {
      throw new IllegalArgumentException(
          "an apprentice must be 16 or over at start: " + ageAtStart);
    }
    return ageAtStart < 19 ? UNDER_19 : ageAtStart < 25 ? AGE_19_TO_24 : AGE_25_PLUS;
  }

  public static Optional<AgeBand> byId(String id) {
    return Arrays.stream(values()).filter(b -> b.id.equalsIgnoreCase(id.strip())).findFirst();
  }
}
