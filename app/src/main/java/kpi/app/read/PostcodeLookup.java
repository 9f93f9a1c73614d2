package kpi.app.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Postcodes to district codes ({@code reference/postcodes}); matched ignoring case and spaces. */
public final class PostcodeLookup {
  /** No postcode list: every postcode is unknown. */
  public static final PostcodeLookup NONE = new PostcodeLookup(Map.of());

  private final Map<String, String> districtByPostcode;

  public PostcodeLookup(Map<String, String> districtByPostcode) {
    Map<String, String> m = new HashMap<>();
    districtByPostcode.forEach((p, d) -> m.put(key(p), d));
    this.districtByPostcode = Map.copyOf(m);
  }

  public Optional<String> district(String postcode) {
    return Optional.ofNullable(districtByPostcode.get(key(postcode)));
  }

  public int size() {
    return districtByPostcode.size();
  }

  static String key(String postcode) {
    StringBuilder b = new StringBuilder(postcode.length());
    for (int i = 0; i < postcode.length(); i++) {
      char c = postcode.charAt(i);
      if (!Character.isWhitespace(c)) {
        b.append(c);
      }
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }
}
