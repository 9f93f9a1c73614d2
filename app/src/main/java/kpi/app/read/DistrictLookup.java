package kpi.app.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kpi.core.measure.District;

/**
 * Matches the district text of input rows (ONS code, name or former name, any case) to the
 * reference list's codes.
 */
public final class DistrictLookup {
  private final List<District> districts;
  private final Map<String, String> codeByKey = new HashMap<>();

  /** Exact texts already looked up: a drop repeats a handful of spellings millions of times. */
  private final Map<String, Optional<String>> seen = new HashMap<>();

  public DistrictLookup(List<District> districts) {
    this.districts = List.copyOf(districts);
    for (District d : districts) {
      codeByKey.put(key(d.code()), d.code());
      codeByKey.put(key(d.name()), d.code());
      for (String former : d.formerNames()) {
        codeByKey.putIfAbsent(key(former), d.code());
      }
    }
  }

  /** A lookup of the same districts with a cache of its own, for another thread. */
  public DistrictLookup copy() {
    return new DistrictLookup(districts);
  }

  public List<District> districts() {
    return districts;
  }

  public boolean isEmpty() {
    return districts.isEmpty();
  }

  /** The district code for a code, name or former name. */
  public Optional<String> code(String text) {
    Optional<String> known = seen.get(text);
    if (known != null) {
      return known;
    }
    Optional<String> code = Optional.ofNullable(codeByKey.get(key(text)));
    if (seen.size() < 10_000) {
      seen.put(text, code);
    }
    return code;
  }

  /**
   * The code for a row's district text; when nothing matches, the row is rejected with a "did you
   * mean" and null is returned. Without a reference list, the text is the code.
   */
  public String resolve(Row row, String column, String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (isEmpty()) {
      return text;
    }
    String code = code(text).orElse(null);
    if (code == null) {
      row.error(
          column,
          "unknown-district",
          text,
          column + " '" + text + "' is not in reference/districts" + hint(text));
    }
    return code;
  }

  /** A hint for a district text that matched nothing. */
  public String hint(String text) {
    List<String> names = new ArrayList<>();
    for (District d : districts) {
      names.add(d.name());
      names.addAll(d.formerNames());
    }
    return Suggest.didYouMean(text, names);
  }

  private static String key(String text) {
    return text.strip()
        .replaceAll("\\s+", " ")
        .replace('&', 'a')
        .toLowerCase(Locale.ROOT)
        .replace(" and ", " a ");
  }
}
