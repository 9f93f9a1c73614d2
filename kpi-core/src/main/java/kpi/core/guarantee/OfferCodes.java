package kpi.core.guarantee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a September Guarantee status code means: an offer of a suitable place made, no offer, or not
 * known. NCCIS returns the status as a number per young person in Year 11 and Year 12; the year's
 * code list in DfE's NCCIS management information requirement could not be read from a primary
 * source, so this default table is the product's own, versioned and overridable: a catalog lists
 * the codes that mean "offer made" in {@code params.offer_codes} to match its export. Immutable.
 */
public final class OfferCodes {
  /** The version of the default table, named in explain. */
  public static final String VERSION =
      "kpi default 1 (10-19 offer made, 20-29 no offer, 30-39 not known)";

  /** The meaning of a code. */
  public enum Outcome {
    OFFER_MADE("offer made"),
    NO_OFFER("no offer"),
    NOT_KNOWN("not known");

    private final String words;

    Outcome(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("10", "offer made: full-time education in a school sixth form");
    LABELS.put("11", "offer made: full-time education in a sixth form college");
    LABELS.put("12", "offer made: full-time education in further education");
    LABELS.put("13", "offer made: other full-time education");
    LABELS.put("14", "offer made: apprenticeship");
    LABELS.put("15", "offer made: traineeship or supported internship");
    LABELS.put("16", "offer made: employment or volunteering with part-time study");
    LABELS.put("20", "no offer: has not applied");
    LABELS.put("21", "no offer: applied, awaiting a decision");
    LABELS.put("22", "no offer: no suitable place offered");
    LABELS.put("30", "not known: not contacted");
    LABELS.put("31", "not known: left the area");
  }

  private OfferCodes() {}

  /** Every code of the default table with its label, in order. */
  public static Map<String, String> defaults() {
    return Map.copyOf(LABELS);
  }

  /** The default codes in order. */
  public static List<String> codes() {
    return List.copyOf(LABELS.keySet());
  }

  /** The default meaning of a code, empty when the default table does not know it. */
  public static Optional<Outcome> outcome(String code) {
    if (!LABELS.containsKey(code)) {
      return Optional.empty();
    }
    return Optional.of(
        switch (code.charAt(0)) {
          case '1' -> Outcome.OFFER_MADE;
          case '2' -> Outcome.NO_OFFER;
          default -> Outcome.NOT_KNOWN;
        });
  }

  /** Whether a code means an offer made: in {@code offerCodes} when given, else by default. */
  public static boolean isOffer(String code, List<String> offerCodes) {
    if (offerCodes != null && !offerCodes.isEmpty()) {
      return offerCodes.contains(code);
    }
    return outcome(code).orElse(null) == Outcome.OFFER_MADE;
  }
}
