package kpi.app.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the sample drop's NEET tracking: monthly snapshots from September 2015 to August 2017 of
 * every young person of academic age 16-18 in a Kent-like county, one file per academic year.
 *
 * <p>Each young person carries a latent number u in [0, 1): each month their activity group is the
 * band of the month's probabilities that u falls in (NEET, not known, custody, in a job without
 * training, else participating). Because u is uniform across the cohort, each month's shares come
 * out as set; because u mostly stays put (a few people swap theirs each month), activities persist
 * from month to month as they do in real tracking. The probabilities are calibrated to the seed's
 * figures for Kent (see sample-data/README.md).
 */
public final class NeetTrackingGenerator {
  /** Young people per year group at scale 1 (Kent has about 17,000). */
  static final int YEAR_GROUP = 17_000;

  /** Share of a cohort whose latent number is swapped each month. */
  private static final double CHURN = 0.12;

  /** Half-up to a whole number on the decimal value (the same as Math.round for these sizes). */
  static long roundHalfUp(double x) {
    return BigDecimal.valueOf(x).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  // Seasonality: NEET rises through the year; not known is high while September's new year 12s
  // are confirmed, then falls. December-February average 1.0 for both.
  private static final double[] NEET_SEASON = {
    1.00, 1.00, 1.00, 1.05, 1.05, 1.08, 1.10, 1.15, 1.20, 0.80, 0.90, 1.00
  };
  private static final double[] NK_SEASON = {
    1.00, 0.95, 1.05, 1.05, 1.10, 1.10, 1.20, 1.30, 5.00, 2.20, 1.30, 1.05
  };

  private static final int[] FTE = {210, 220, 230, 240, 270};
  private static final double[] FTE_W = {0.44, 0.47, 0.05, 0.03, 0.01};
  private static final int[] OTHER_PARTICIPATION = {310, 320, 410, 430, 250, 550, 460};
  private static final double[] OTHER_W = {0.45, 0.12, 0.18, 0.08, 0.08, 0.05, 0.04};
  private static final int[] EET_NOT_PARTICIPATING = {330, 340, 380, 260, 350, 360};
  private static final double[] EET_W = {0.45, 0.25, 0.10, 0.10, 0.05, 0.05};
  private static final int[] NEET = {610, 615, 616, 619, 620, 630, 640, 540, 650, 660, 670, 680};
  private static final double[] NEET_W = {
    0.30, 0.10, 0.10, 0.10, 0.08, 0.12, 0.08, 0.06, 0.03, 0.01, 0.01, 0.01
  };
  private static final int[] NOT_KNOWN = {810, 820, 830};
  private static final double[] NK_W = {0.70, 0.20, 0.10};

  private NeetTrackingGenerator() {}

  /** One young person. */
  private static final class Person {
    final String id;
    final LocalDate dob;
    final int birthYear;
    final KentDistricts.Profile district;
    final boolean districtByName;
    final char send;
    final Boolean lookedAfter;
    final boolean careLeaver;
    final char gender;
    final double codeChoice;
    final double routeChoice;
    double u;

    /** NCCIS individual characteristic codes, separated by {@code ;}; empty for none. */
    String ic = "";

    Person(String id, int birthYear, SplittableRandom r) {
      this.id = id;
      this.birthYear = birthYear;
      LocalDate first = LocalDate.of(birthYear, 9, 1);
      this.dob =
          first.plusDays(
              r.nextInt(
                  (int) (LocalDate.of(birthYear + 1, 9, 1).toEpochDay() - first.toEpochDay())));
      this.district = KentDistricts.draw(r.nextDouble());
      this.districtByName = r.nextDouble() < 0.03;
      double s = r.nextDouble();
      this.send = s < 0.09 ? 'K' : s < 0.14 ? 'E' : 'N';
      double la = r.nextDouble();
      this.lookedAfter = la < 0.02 ? null : la < 0.03;
      this.careLeaver = r.nextDouble() < 0.015;
      this.gender = r.nextBoolean() ? 'F' : 'M';
      this.codeChoice = r.nextDouble();
      this.routeChoice = r.nextDouble();
      this.u = r.nextDouble();
    }

    int academicAge(int yearStart) {
      return yearStart - birthYear - 1;
    }
  }

  /**
   * Writes {@code reference/districts.csv} and the two tracking files into {@code dropDir}.
   *
   * @param scale young people per year group as a share of Kent's (0.07 keeps files small)
   */
  public static void write(Path dropDir, long seed, double scale) throws IOException {
    Files.createDirectories(dropDir.resolve("reference"));
    Files.writeString(
        dropDir.resolve("reference/districts.csv"),
        KentDistricts.referenceCsv(),
        StandardCharsets.UTF_8);
    SplittableRandom random = new SplittableRandom(seed);
    int perGroup = (int) roundHalfUp(YEAR_GROUP * scale);
    List<List<Person>> groups = new ArrayList<>();
    int next = 1;
    for (int birthYear = 1996; birthYear <= 1999; birthYear++) {
      List<Person> g = new ArrayList<>();
      for (int i = 0; i < perGroup; i++) {
        g.add(new Person(String.format(Locale.ROOT, "P%06d", next++), birthYear, random));
      }
      stratify(g, random);
      groups.add(g);
    }
    characteristics(groups, new SplittableRandom(seed ^ 0x1CL));
    for (int yearStart = 2015; yearStart <= 2016; yearStart++) {
      Path file =
          dropDir.resolve("neet-tracking-" + yearStart + "-" + (yearStart + 1 - 2000) + ".csv");
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(
            "person_id,snapshot_date,date_of_birth,district,activity_code,send,looked_after,"
                + "care_leaver,gender,ic_codes\n");
        for (int m = 0; m < 12; m++) {
          YearMonth month = YearMonth.of(yearStart, 9).plusMonths(m);
          for (List<Person> g : groups) {
            churn(g, random);
            for (Person p : g) {
              int age = p.academicAge(yearStart);
              if (age >= 16 && age <= 18) {
                w.write(row(p, month, age, yearStart));
              }
            }
          }
        }
      }
    }
    writeEarlierYears(dropDir, seed, perGroup);
  }

  /** The earlier winters the sample holds, oldest first, with their NEET and not known levels. */
  private static final int[] EARLIER = {2012, 2013, 2014};

  private static final double[] EARLIER_LEVEL = {1.45, 1.30, 1.15};

  /** The snapshot months of an earlier year: DfE's December-February window and March. */
  private static final int[] EARLIER_MONTHS = {12, 1, 2, 3};

  /**
   * Three earlier academic years (2012/13-2014/15), so the sample has the five annual points a
   * recent trend needs: only the snapshots DfE's measures read (December to March) and academic
   * ages 16-17, to keep the sample small. Drawn from their own random stream and people (ids {@code
   * Q...}), so the 2015/16 and 2016/17 files are unchanged.
   */
  private static void writeEarlierYears(Path dropDir, long seed, int perGroup) throws IOException {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EEDL);
    List<List<Person>> groups = new ArrayList<>();
    int next = 1;
    for (int birthYear = 1994; birthYear <= 1997; birthYear++) {
      List<Person> g = new ArrayList<>();
      for (int i = 0; i < perGroup; i++) {
        g.add(new Person(String.format(Locale.ROOT, "Q%06d", next++), birthYear, random));
      }
      stratify(g, random);
      groups.add(g);
    }
    characteristics(groups, new SplittableRandom(seed ^ 0x1DL));
    for (int y = 0; y < EARLIER.length; y++) {
      int yearStart = EARLIER[y];
      Path file =
          dropDir.resolve("neet-tracking-" + yearStart + "-" + (yearStart + 1 - 2000) + ".csv");
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(
            "person_id,snapshot_date,academic_age,district,activity_code,send,looked_after,"
                + "care_leaver,gender,ic_codes\n");
        for (int m : EARLIER_MONTHS) {
          YearMonth month = YearMonth.of(m >= 9 ? yearStart : yearStart + 1, m);
          for (List<Person> g : groups) {
            churn(g, random);
            for (Person p : g) {
              int age = p.academicAge(yearStart);
              if (age == 16 || age == 17) {
                w.write(earlierRow(p, month, age, yearStart, EARLIER_LEVEL[y]));
              }
            }
          }
        }
      }
    }
  }

  private static String earlierRow(
      Person p, YearMonth month, int age, int yearStart, double level) {
    int code = code(p, month, age, yearStart, level);
    String district = p.districtByName ? p.district.name() : p.district.code();
    String la = p.lookedAfter == null ? "" : p.lookedAfter ? "Y" : "N";
    return p.id
        + ','
        + month.atEndOfMonth()
        + ','
        + age
        + ','
        + district
        + ','
        + code
        + ','
        + p.send
        + ','
        + la
        + ",N,"
        + p.gender
        + ','
        + p.ic
        + '\n';
  }

  /** Individual characteristic codes and how often each is drawn (about 3% vulnerable). */
  private static final int[] IC = {130, 140, 150, 170, 190, 200, 210, 120, 180};

  private static final double[] IC_P = {
    0.002, 0.002, 0.002, 0.004, 0.001, 0.006, 0.005, 0.008, 0.003
  };

  /**
   * NCCIS individual characteristics, from their own random stream so every other column keeps its
   * bytes: 110 for the looked after, 160 for care leavers, and the other codes at low rates. In the
   * sample they do not change anyone's activity.
   */
  private static void characteristics(List<List<Person>> groups, SplittableRandom r) {
    for (List<Person> g : groups) {
      for (Person p : g) {
        List<String> codes = new ArrayList<>();
        if (Boolean.TRUE.equals(p.lookedAfter)) {
          codes.add("110");
        }
        for (int i = 0; i < IC.length; i++) {
          if (r.nextDouble() < IC_P[i]) {
            codes.add(Integer.toString(IC[i]));
          }
        }
        p.ic = String.join(";", codes);
      }
    }
  }

  /**
   * Spreads the group's latent numbers evenly over [0, 1) in random order, so every month's shares
   * land on the set rates instead of wandering with one draw's luck.
   */
  private static void stratify(List<Person> g, SplittableRandom r) {
    int[] order = new int[g.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (int i = 0; i < order.length; i++) {
      g.get(i).u = (order[i] + r.nextDouble()) / order.length;
    }
  }

  /** A few people swap latent numbers, so the cohort's spread is unchanged. */
  private static void churn(List<Person> g, SplittableRandom r) {
    int swaps = (int) roundHalfUp(g.size() * CHURN / 2);
    for (int i = 0; i < swaps; i++) {
      Person a = g.get(r.nextInt(g.size()));
      Person b = g.get(r.nextInt(g.size()));
      double t = a.u;
      a.u = b.u;
      b.u = t;
    }
  }

  private static String row(Person p, YearMonth month, int age, int yearStart) {
    int code = code(p, month, age, yearStart);
    String district = p.districtByName ? p.district.name() : p.district.code();
    String la = p.lookedAfter == null ? "" : p.lookedAfter ? "Y" : "N";
    String cl = age == 18 ? (p.careLeaver ? "Y" : "N") : "N";
    String ic = age == 18 && p.careLeaver ? (p.ic.isEmpty() ? "160" : p.ic + ";160") : p.ic;
    return p.id
        + ','
        + month.atEndOfMonth()
        + ','
        + p.dob
        + ','
        + district
        + ','
        + code
        + ','
        + p.send
        + ','
        + la
        + ','
        + cl
        + ','
        + p.gender
        + ','
        + ic
        + '\n';
  }

  private static int code(Person p, YearMonth month, int age, int yearStart) {
    return code(p, month, age, yearStart, 1.0);
  }

  /** {@code level} scales the NEET and not known rates (earlier years were higher). */
  private static int code(Person p, YearMonth month, int age, int yearStart, double level) {
    int mi = month.getMonthValue() - 1;
    boolean later = yearStart >= 2016;
    double neet =
        switch (age) {
          case 16 -> later ? 0.019 : 0.022;
          case 17 -> later ? 0.041 : 0.044;
          default -> 0.055;
        };
    double nk =
        switch (age) {
          case 16 -> later ? 0.024 : 0.044;
          case 17 -> later ? 0.040 : 0.065;
          default -> 0.090;
        };
    double eetNp = age == 16 ? 0.006 : age == 17 ? 0.045 : 0.30;
    double custody = age == 16 ? 0.0005 : age == 17 ? 0.001 : 0.002;
    double sendNeet = p.send == 'K' ? 1.8 : p.send == 'E' ? 2.1 : 1.0;
    double sendNk = p.send == 'N' ? 1.0 : 1.2;
    neet *=
        NEET_SEASON[mi]
            * sendNeet
            / 1.127
            * p.district.neetFactor()
            / KentDistricts.meanNeetFactor();
    if (Boolean.TRUE.equals(p.lookedAfter)) {
      neet *= 2;
    }
    if (age == 18 && p.careLeaver) {
      neet *= 3;
    }
    double nkSeason = NK_SEASON[mi];
    if (age > 16 && mi == 8) {
      nkSeason = 1.6; // September's surge is mostly the new year 12s
    }
    nk *= nkSeason * sendNk / 1.028;
    neet *= level;
    nk *= level;
    double u = p.u;
    if (u < neet) {
      return pick(NEET, NEET_W, p.codeChoice);
    }
    if (u < neet + nk) {
      return pick(NOT_KNOWN, NK_W, p.codeChoice);
    }
    if (u < neet + nk + custody) {
      return 710;
    }
    if (u < neet + nk + custody + eetNp) {
      return pick(EET_NOT_PARTICIPATING, EET_W, p.codeChoice);
    }
    return p.routeChoice < 0.86
        ? pick(FTE, FTE_W, p.codeChoice)
        : pick(OTHER_PARTICIPATION, OTHER_W, p.codeChoice);
  }

  private static int pick(int[] codes, double[] weights, double u) {
    double acc = 0;
    for (int i = 0; i < codes.length; i++) {
      acc += weights[i];
      if (u < acc) {
        return codes[i];
      }
    }
    return codes[codes.length - 1];
  }
}
