package kpi.core.pack;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kpi.core.measure.District;

/**
 * The file names of a pack folder: one rule for every district, so that no two districts share a
 * file, no file is hidden, none takes a name the pack itself uses ({@code index}, {@code county})
 * and every name is safe on Windows too ({@code CON}, {@code NUL}, trailing dots, case-insensitive
 * folders).
 *
 * <p>A district's name is lower-cased, accents dropped ({@code Ærø} gives {@code aero}), runs of
 * anything but letters and digits become one hyphen, and it is cut to {@value #MAX_LENGTH}
 * characters. When that is empty, reserved, or the same as another district's, the district's ONS
 * code is added ({@code dover-e07000108}), for every district in the clash, so a name never depends
 * on which district was listed first.
 */
public final class PackSlugs {
  /** Longest slug kept from a name, before any code is added. */
  static final int MAX_LENGTH = 60;

  /** Names the pack folder uses for itself. */
  static final Set<String> PACK_NAMES = Set.of("index", "county");

  /** Device names Windows will not open as files, whatever the extension. */
  static final Set<String> WINDOWS_DEVICES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
          "conin$", "conout$");

  private PackSlugs() {}

  /** The file name (without extension) of every district, by ONS code, unique. */
  public static Map<String, String> slugs(List<District> districts) {
    Map<String, Integer> uses = new HashMap<>();
    for (District d : districts) {
      uses.merge(base(d.name()), 1, Integer::sum);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (District d : districts) {
      String base = base(d.name());
      boolean clash = base.isEmpty() || uses.get(base) > 1 || reserved(base);
      String slug = clash ? join(base, base(d.code())) : base;
      String unique = slug;
      for (int n = 2; out.containsValue(unique) || reserved(unique) || unique.isEmpty(); n++) {
        unique = join(slug.isEmpty() ? "district" : slug, Integer.toString(n));
      }
      out.put(d.code(), unique);
    }
    return out;
  }

  /** {@code Folkestone and Hythe} -> {@code folkestone-and-hythe}; may be empty. */
  public static String base(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replace("\u00e6", "ae")
            .replace("\u00c6", "ae")
            .replace("\u00f8", "o")
            .replace("\u00d8", "o")
            .replace("\u00df", "ss")
            .toLowerCase(Locale.ROOT);
    String s = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > MAX_LENGTH) {
      s = s.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return s;
  }

  static boolean reserved(String slug) {
    return PACK_NAMES.contains(slug) || WINDOWS_DEVICES.contains(slug);
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "-" + b;
  }
}
