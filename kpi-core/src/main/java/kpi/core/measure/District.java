package kpi.core.measure;

import java.util.List;
import java.util.Objects;

/**
 * A district of the authority, from {@code reference/districts}. Immutable.
 *
 * @param formerNames older names that still match (Shepway for Folkestone and Hythe)
 */
public record District(String code, String name, int order, List<String> formerNames) {
  public District {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (code.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("district code and name are required");
    }
    formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
  }
}
