package kpi.core.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A KPI's measure parameters ({@code "month": 1}, {@code "since": "2014/15"}), as plain values:
 * text, numbers, booleans and lists of them. Immutable.
 */
public record Params(Map<String, Object> values) {
  private static final Params NONE = new Params(Map.of());

  public Params {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Params none() {
    return NONE;
  }

  public Optional<String> text(String name) {
    Object v = values.get(name);
    return v == null ? Optional.empty() : Optional.of(v.toString());
  }

  public Optional<Integer> integer(String name) {
    Object v = values.get(name);
    if (v instanceof Number n) {
      return Optional.of(n.intValue());
    }
    if (v instanceof String s && s.strip().matches("-?\\d+")) {
      return Optional.of(Integer.parseInt(s.strip()));
    }
    return Optional.empty();
  }

  public Optional<Double> number(String name) {
    Object v = values.get(name);
    if (v instanceof Number n) {
      return Optional.of(n.doubleValue());
    }
    if (v instanceof String s) {
      try {
        return Optional.of(Double.parseDouble(s.strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  public boolean flag(String name, boolean otherwise) {
    Object v = values.get(name);
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      return Boolean.parseBoolean(s.strip());
    }
    return otherwise;
  }

  @SuppressWarnings("unchecked")
  public Optional<List<Object>> list(String name) {
    Object v = values.get(name);
    return v instanceof List<?> l ? Optional.of((List<Object>) l) : Optional.empty();
  }
}
