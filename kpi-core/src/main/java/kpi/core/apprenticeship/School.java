package kpi.core.apprenticeship;

import java.util.Objects;

/** A school from {@code reference/schools}, for "% of schools employing apprentices". */
public record School(String urn, String name, String district, String phase, String type) {
  public School {
    Objects.requireNonNull(urn, "urn");
    name = name == null ? "" : name;
    district = district == null ? "" : district;
    phase = phase == null ? "" : phase;
    type = type == null ? "" : type;
  }
}
