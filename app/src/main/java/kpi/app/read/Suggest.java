package kpi.app.read;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints for misspelt ids, names and keys. */
public final class Suggest {
  private Suggest() {}

  /** {@code "; did you mean "X"?"}, or empty when nothing is close. */
  public static String didYouMean(String given, Collection<String> candidates) {
    String best = closest(given, candidates);
    return best == null ? "" : "; did you mean \"" + best + "\"?";
  }

  /** The candidate nearest by edit distance, if near enough to be a likely typo. */
  public static String closest(String given, Collection<String> candidates) {
    String g = given.toLowerCase(Locale.ROOT);
    java.util.List<String> extending =
        candidates.stream()
            .filter(c -> g.length() >= 3 && c.toLowerCase(Locale.ROOT).startsWith(g))
            .toList();
    if (extending.size() == 1) {
      return extending.get(0);
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(g, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, g.length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
