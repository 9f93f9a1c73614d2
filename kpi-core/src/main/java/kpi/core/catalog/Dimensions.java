package kpi.core.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kpi.core.apprenticeship.AgeBand;
import kpi.core.apprenticeship.LevelBand;
import kpi.core.apprenticeship.StartStatus;

/**
 * The value domain of every filter and breakdown dimension. A dimension means the same thing in
 * every measure family that has it (a flag is read by {@link FlagValue} everywhere, {@code send} is
 * a {@link kpi.core.neet.Send} code everywhere), so the domains are one table rather than one per
 * measure; each measure says which of these dimensions it has.
 */
public final class Dimensions {
  private static final Domain FLAG = new Domain.Flag();
  private static final Domain TEXT = new Domain.FreeText();
  private static final Map<String, Domain> DOMAINS = table();

  private Dimensions() {}

  private static Map<String, Domain> table() {
    Map<String, Domain> m = new LinkedHashMap<>();
    m.put("district", TEXT);
    m.put("send", new Domain.SendCode());
    m.put("academic_age", new Domain.Whole(10, 25));
    m.put("year_group", new Domain.Whole(9, 14));
    m.put("activity_code", new Domain.Whole(100, 999));
    for (String flag :
        List.of(
            "looked_after",
            "care_leaver",
            "vulnerable_group",
            "fsm",
            "disadvantaged",
            "assisted",
            "troubled_family")) {
      m.put(flag, FLAG);
    }
    for (String text :
        List.of(
            "gender",
            "employer_type",
            "sector",
            "programme",
            "school_type",
            "institution_type",
            "employer")) {
      m.put(text, TEXT);
    }
    m.put("age_band", new Domain.Codes(Arrays.stream(AgeBand.values()).map(AgeBand::id).toList()));
    m.put(
        "level_band",
        new Domain.Codes(
            Stream.concat(
                    Stream.concat(
                        Arrays.stream(LevelBand.values()).map(LevelBand::id),
                        Stream.of(LevelBand.DEGREE)),
                    Stream.of("2", "3", "4", "5", "6", "7"))
                .toList()));
    m.put(
        "status",
        new Domain.Codes(
            Arrays.stream(StartStatus.values())
                .filter(s -> s != StartStatus.UNKNOWN)
                .map(StartStatus::id)
                .toList()));
    m.put(
        "qualification_type",
        new Domain.Codes(
            List.of(
                "a-level",
                "academic",
                "applied-general",
                "tech-level",
                "technical-certificate",
                "other")));
    return Collections.unmodifiableMap(m);
  }

  /** The domain of a dimension; free text for a dimension the table does not name. */
  public static Domain of(String dimension) {
    return DOMAINS.getOrDefault(dimension, TEXT);
  }

  /** Every named dimension, in table order. */
  public static List<String> names() {
    return List.copyOf(DOMAINS.keySet());
  }
}
