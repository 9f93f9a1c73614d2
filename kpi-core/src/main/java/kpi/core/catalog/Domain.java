package kpi.core.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The values a filter or breakdown dimension can take, so a catalog's filter values are checked
 * when it is loaded rather than silently matching nothing when a scorecard runs.
 */
public sealed interface Domain {

  /**
   * Why {@code value} is not in the domain (a phrase such as {@code "is not a yes/no value"}), or
   * empty when it is.
   */
  Optional<String> refuse(String value);

  /** The values to suggest for a misspelt one; empty when the domain is open. */
  List<String> words();

  /** A yes/no flag: {@link FlagValue}. */
  record Flag() implements Domain {
    @Override
    public Optional<String> refuse(String value) {
      return FlagValue.parse(value).isPresent()
          ? Optional.empty()
          : Optional.of("is not a yes/no value (true, false or unknown)");
    }

    @Override
    public List<String> words() {
      return FlagValue.WORDS;
    }
  }

  /** SEND as NCCIS records it: N, K, E; Y is any SEND (K or E); unknown is not recorded. */
  record SendCode() implements Domain {
    @Override
    public Optional<String> refuse(String value) {
      String v = value.strip().toUpperCase(Locale.ROOT);
      return v.equals("UNKNOWN") || v.matches("[NKEY]")
          ? Optional.empty()
          : Optional.of(
              "is not a SEND code (N none, K SEN support, E EHC plan, Y any SEND,"
                  + " or unknown)");
    }

    @Override
    public List<String> words() {
      return List.of("N", "K", "E", "Y", "unknown");
    }
  }

  /** One of a closed set of codes, compared ignoring case. */
  record Codes(List<String> codes) implements Domain {
    public Codes {
      codes = List.copyOf(codes);
    }

    @Override
    public Optional<String> refuse(String value) {
      String v = value.strip();
      return codes.stream().anyMatch(c -> c.equalsIgnoreCase(v))
          ? Optional.empty()
          : Optional.of("is not one of " + String.join(", ", codes));
    }

    @Override
    public List<String> words() {
      return codes;
    }
  }

  /** A whole number within bounds (ages, year groups, NCCIS activity codes). */
  record Whole(int min, int max) implements Domain {
    @Override
    public Optional<String> refuse(String value) {
      String v = value.strip();
      if (v.matches("-?\\d{1,9}")) {
        int n = Integer.parseInt(v);
        if (n >= min && n <= max) {
          return Optional.empty();
        }
      }
      return Optional.of("is not a whole number from " + min + " to " + max);
    }

    @Override
    public List<String> words() {
      return List.of();
    }
  }

  /** Free text kept as the data gives it (districts, sectors, employer types): any value. */
  record FreeText() implements Domain {
    @Override
    public Optional<String> refuse(String value) {
      return value.isBlank() ? Optional.of("is blank") : Optional.empty();
    }

    @Override
    public List<String> words() {
      return List.of();
    }
  }
}
