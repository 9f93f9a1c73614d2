package kpi.core.neet;

import java.util.Locale;
import java.util.Optional;

/** Special educational needs and disability status, as NCCIS records it. */
public enum Send {
  /** No SEND. */
  N,
  /** SEN support. */
  K,
  /** Education, health and care plan. */
  E,
  /** Some SEND, type not given (a Y in a yes/no column). */
  Y,
  /** Not recorded. */
  UNKNOWN;

  /** True for any recorded special educational need (K, E or Y). */
  public boolean any() {
    return this == K || this == E || this == Y;
  }

  /**
   * True when this record's SEND matches any of a filter's values, with one meaning in every
   * measure family: {@code N}, {@code K}, {@code E} select those codes; {@code Y} is any SEND (K or
   * E, and a bare Y of unknown type); {@code unknown} selects records with SEND not recorded. A
   * bare Y record (SEND of unknown type) is selected by Y, or by a filter taking both K and E,
   * never by K or E alone.
   */
  public boolean matches(java.util.Collection<String> accepted) {
    boolean k = false;
    boolean e = false;
    for (String a : accepted) {
      String v = a == null ? "" : a.strip().toUpperCase(Locale.ROOT);
      if (v.equals("UNKNOWN")) {
        if (this == UNKNOWN) {
          return true;
        }
        continue;
      }
      // one of N, K, E, Y (no regular expression: this runs for every cell a filter is asked of)
      Send s = v.length() == 1 && "NKEY".indexOf(v.charAt(0)) >= 0 ? valueOf(v) : null;
      if (s == null) {
        continue;
      }
      if (s == this || (s == Y && (this == K || this == E))) {
        return true;
      }
      k |= s == K;
      e |= s == E;
    }
    return this == Y && k && e;
  }

  /** Parses N/K/E, yes/no forms and blank (UNKNOWN); empty when the text is none of these. */
  public static Optional<Send> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(UNKNOWN);
    }
    if (text.length() == 1) {
      // The usual case in large extracts, without upper-casing a copy of the text.
      switch (text.charAt(0)) {
        case 'N', 'n', '0':
          return Optional.of(N);
        case 'K', 'k':
          return Optional.of(K);
        case 'E', 'e':
          return Optional.of(E);
        case 'Y', 'y', '1':
          return Optional.of(Y);
        default:
          return Optional.empty();
      }
    }
    switch (text.strip().toUpperCase(Locale.ROOT)) {
      case "N", "NO", "NONE", "FALSE", "0":
        return Optional.of(N);
      case "K", "SEN SUPPORT", "SUPPORT":
        return Optional.of(K);
      case "E", "EHC", "EHCP", "EHC PLAN":
        return Optional.of(E);
      case "Y", "YES", "TRUE", "1":
        return Optional.of(Y);
      default:
        return Optional.empty();
    }
  }
}
