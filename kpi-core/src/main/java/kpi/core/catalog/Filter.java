package kpi.core.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kpi.core.InvalidRequestException;

/**
 * A KPI's record filter: dimension name to the accepted values (as text: {@code "K"}, {@code "16"},
 * {@code "true"}). Values compare case-insensitively. Immutable.
 */
public record Filter(Map<String, List<String>> values) {
  private static final Filter NONE = new Filter(Map.of());

  public Filter {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (v == null || v.isEmpty()) {
            throw new InvalidRequestException("filter " + k + " needs at least one value");
          }
          copy.put(k, List.copyOf(v));
        });
    values = Collections.unmodifiableMap(copy);
  }

  public static Filter none() {
    return NONE;
  }

  /** The accepted values of one dimension, empty when the filter does not restrict it. */
  public Optional<List<String>> get(String dimension) {
    return Optional.ofNullable(values.get(dimension));
  }

  /** True when the dimension is unrestricted or the value is one of those accepted. */
  public boolean accepts(String dimension, String value) {
    List<String> accepted = values.get(dimension);
    if (accepted == null) {
      return true;
    }
    if (value == null) {
      return false;
    }
    for (String a : accepted) {
      if (a.equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a yes/no dimension is unrestricted or the record's flag (null = not recorded) is one
   * of the accepted values, read by {@link FlagValue} in every measure family.
   */
  public boolean acceptsFlag(String dimension, Boolean flag) {
    List<String> accepted = values.get(dimension);
    return accepted == null || FlagValue.anyMatches(accepted, flag);
  }

  /**
   * True when {@code send} is unrestricted or the record's SEND matches it, with the one meaning of
   * {@link kpi.core.neet.Send#matches}: Y is K or E.
   */
  public boolean acceptsSend(kpi.core.neet.Send send) {
    List<String> accepted = values.get("send");
    return accepted == null || (send == null ? kpi.core.neet.Send.UNKNOWN : send).matches(accepted);
  }

  /** This filter narrowed further to one value of a dimension (for breakdowns). */
  public Filter and(String dimension, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(values);
    List<String> existing = values.get(dimension);
    if (existing != null && !accepts(dimension, value)) {
      copy.put(dimension, List.of("\u0000none"));
    } else {
      copy.put(dimension, List.of(value));
    }
    return new Filter(copy);
  }

  /** The same filter with a dimension's values replaced. */
  public Filter with(String dimension, List<String> accepted) {
    Map<String, List<String>> copy = new LinkedHashMap<>(values);
    copy.put(dimension, accepted);
    return new Filter(copy);
  }

  public boolean restricts(String dimension) {
    return values.containsKey(dimension);
  }

  /** The filter for workings: {@code " (district = E07000105, send = K/E)"}, empty if none. */
  public String describe() {
    if (values.isEmpty()) {
      return "";
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    values.forEach((k, v) -> parts.add(k + " = " + String.join("/", v)));
    return " (" + String.join(", ", parts) + ")";
  }

  /** Normalises a value for comparison. */
  public static String text(Object value) {
    return value == null ? "" : value.toString().strip().toLowerCase(Locale.ROOT);
  }
}
