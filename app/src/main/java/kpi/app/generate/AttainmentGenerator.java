package kpi.app.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the sample drop's attainment files for academic years 2011/12 to 2016/17: KS4 pupils
 * (letter grades until 2015/16, 9-1 from 2016/17, as English and maths changed), 16-18 students by
 * qualification type, and the age-19 cohort. At an eighth of Kent's size: rates and means do not
 * depend on size. Levels follow the seed (63.7% A*-C in English and maths in 2016, A level APS
 * about 31, an FSM gap at 18 that narrows from the 2012 baseline).
 */
public final class AttainmentGenerator {
  private static final int PUPILS = 2000;
  private static final int STUDENTS = 1300;
  private static final int AGE19 = 1700;

  /** Share of pupils with a standard pass in both English and maths, 2011/12 to 2016/17. */
  private static final double[] EM_PASS = {0.612, 0.624, 0.601, 0.619, 0.637, 0.651};

  /** FSM gap in A level points per entry, narrowing from the 2011/12 baseline. */
  private static final double[] FSM_GAP = {4.6, 4.5, 4.4, 4.2, 4.0, 3.9};

  /** Students taking technical qualifications, growing about 10% a year. */
  private static final int[] TECHNICAL = {300, 320, 350, 385, 420, 468};

  private static final String[] SCHOOL_TYPES = {
    "grammar", "high", "wide-ability", "special", "other"
  };
  private static final double[] SCHOOL_W = {0.25, 0.45, 0.20, 0.03, 0.07};
  private static final String[] LETTERS = {"U", "G", "F", "E", "D", "C", "B", "A", "A*"};

  private AttainmentGenerator() {}

  public static void write(Path dropDir, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed ^ 0xA77A1L);
    ks4(dropDir.resolve("attainment-ks4.csv"), r);
    ks5(dropDir.resolve("attainment-16-18.csv"), r);
    age19(dropDir.resolve("attainment-age19.csv"), r);
  }

  private static String label(int y) {
    return y + "/" + String.format(Locale.ROOT, "%02d", (y + 1) % 100);
  }

  private static void ks4(Path file, SplittableRandom r) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "pupil_id,academic_year,school_urn,school_type,district,fsm,disadvantaged,send,"
              + "attainment8,progress8,english_grade,maths_grade\n");
      int id = 1;
      for (int y = 0; y < 6; y++) {
        int year = 2011 + y;
        int pupils = PUPILS;
        double[] ability = new double[pupils];
        boolean[] fsm = new boolean[pupils];
        boolean[] dis = new boolean[pupils];
        int[] type = new int[pupils];
        for (int i = 0; i < pupils; i++) {
          fsm[i] = r.nextDouble() < 0.12;
          dis[i] = fsm[i] || r.nextDouble() < 0.15;
          type[i] = pick(SCHOOL_W, r.nextDouble());
          ability[i] =
              gaussian(r) + (type[i] == 0 ? 1.1 : type[i] == 3 ? -1.8 : 0) - (dis[i] ? 0.55 : 0);
        }
        // Passing pupils are the most able share of the year, as set for the year.
        double cut = quantile(ability, 1 - EM_PASS[y]);
        for (int i = 0; i < pupils; i++) {
          boolean pass = ability[i] >= cut;
          int e = grade(ability[i], cut, pass, r);
          int m = grade(ability[i], cut, pass, r);
          if (!pass && e >= 4 && m >= 4) {
            if (r.nextBoolean()) {
              e = 3;
            } else {
              m = 3;
            }
          }
          boolean letters = year < 2016;
          String eg = letters ? letter(e) : e == 0 ? "U" : Integer.toString(e);
          String mg = letters ? letter(m) : m == 0 ? "U" : Integer.toString(m);
          if (r.nextDouble() < 0.01) {
            eg = "";
          }
          double a8 = Math.max(0, Math.min(90, 47.5 + 13 * ability[i] + 3 * gaussian(r)));
          String p8 =
              year >= 2015 && r.nextDouble() > 0.04
                  ? num(0.02 + 0.55 * gaussian(r) - (dis[i] ? 0.35 : 0) + (type[i] == 0 ? 0.25 : 0))
                  : "";
          String district = KentDistricts.draw(r.nextDouble()).code();
          char send = type[i] == 3 ? 'E' : r.nextDouble() < 0.11 ? 'K' : 'N';
          w.write(
              String.format(
                      Locale.ROOT,
                      "K%07d,%s,%d,%s,%s,%s,%s,%c,%s,%s,%s,%s%n",
                      id++,
                      label(year),
                      118000 + r.nextInt(120),
                      SCHOOL_TYPES[type[i]],
                      district,
                      fsm[i] ? "Y" : "N",
                      dis[i] ? "Y" : "N",
                      send,
                      num(a8),
                      p8,
                      eg,
                      mg)
                  .replace("\r\n", "\n"));
        }
      }
    }
  }

  /** A 9-1 grade consistent with passing (both 4+) or not. */
  private static int grade(double ability, double cut, boolean pass, SplittableRandom r) {
    double g = 4 + 1.6 * (ability - cut) + 0.6 * gaussian(r);
    int grade = (int) Math.max(0, Math.min(9, Math.floor(g)));
    if (pass) {
      grade = Math.max(4, grade);
    }
    return grade;
  }

  private static String letter(int grade) {
    // 9-1 back to letters: 8-9 A*, 7 A, 5-6 B, 4 C, 3 D, 2 E, 1 F or G, 0 U.
    int idx =
        switch (grade) {
          case 9, 8 -> 8;
          case 7 -> 7;
          case 6, 5 -> 6;
          case 4 -> 5;
          case 3 -> 4;
          case 2 -> 3;
          case 1 -> 2;
          default -> 0;
        };
    return LETTERS[idx];
  }

  private static void ks5(Path file, SplittableRandom r) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "student_id,academic_year,institution_type,district,fsm,qualification_type,"
              + "entries,points,english_progress,maths_progress\n");
      int id = 1;
      for (int y = 0; y < 6; y++) {
        int year = 2011 + y;
        for (int i = 0; i < STUDENTS; i++) {
          boolean fsm = r.nextDouble() < 0.09;
          String inst =
              r.nextDouble() < 0.35 ? "grammar" : r.nextDouble() < 0.6 ? "high" : "college";
          String district = KentDistricts.draw(r.nextDouble()).code();
          String student = String.format(Locale.ROOT, "S%07d", id++);
          boolean technical = i < TECHNICAL[y];
          boolean alevel = !technical || r.nextDouble() < 0.25;
          String english = r.nextDouble() < 0.18 ? num(0.12 + 0.7 * gaussian(r)) : "";
          String maths = r.nextDouble() < 0.2 ? num(0.10 + 0.7 * gaussian(r)) : "";
          StringBuilder rows = new StringBuilder();
          if (alevel) {
            double aps = 31.4 + 7 * gaussian(r) - (fsm ? FSM_GAP[y] : 0);
            double entries = 3;
            rows.append(
                ks5Row(
                    student,
                    year,
                    inst,
                    district,
                    fsm,
                    "a-level",
                    entries,
                    Math.min(60, Math.max(0, aps)) * entries,
                    english,
                    maths));
          }
          if (technical) {
            String t =
                r.nextDouble() < 0.55
                    ? "applied-general"
                    : r.nextDouble() < 0.85 ? "tech-level" : "technical-certificate";
            double aps = 28.6 + 6 * gaussian(r) - (fsm ? 2 : 0);
            double entries = r.nextDouble() < 0.5 ? 1 : 2;
            rows.append(
                ks5Row(
                    student,
                    year,
                    inst,
                    district,
                    fsm,
                    t,
                    entries,
                    Math.min(60, Math.max(0, aps)) * entries,
                    english,
                    maths));
          } else if (r.nextDouble() < 0.1) {
            double aps = 30 + 6 * gaussian(r);
            rows.append(
                ks5Row(
                    student,
                    year,
                    inst,
                    district,
                    fsm,
                    "academic",
                    0.5,
                    Math.min(60, Math.max(0, aps)) * 0.5,
                    english,
                    maths));
          }
          w.write(rows.toString());
        }
      }
    }
  }

  private static String ks5Row(
      String student,
      int year,
      String inst,
      String district,
      boolean fsm,
      String type,
      double entries,
      double points,
      String english,
      String maths) {
    return student
        + ','
        + label(year)
        + ','
        + inst
        + ','
        + district
        + ','
        + (fsm ? "Y" : "N")
        + ','
        + type
        + ','
        + num(entries)
        + ','
        + num(points)
        + ','
        + english
        + ','
        + maths
        + '\n';
  }

  private static void age19(Path file, SplittableRandom r) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "person_id,cohort_year,district,fsm,em_pass_at_16,em_pass_by_19,level2_by_19,"
              + "level3_by_19\n");
      int id = 1;
      for (int y = 0; y < 6; y++) {
        int year = 2011 + y;
        for (int i = 0; i < AGE19; i++) {
          boolean fsm = r.nextDouble() < 0.13;
          double a = gaussian(r) - (fsm ? 0.6 : 0);
          boolean at16 = a > -0.28;
          boolean by19 = at16 || r.nextDouble() < 0.20 + 0.01 * y;
          boolean l2 = by19 || r.nextDouble() < 0.62;
          boolean l3 = l2 && (a + 0.5 * gaussian(r) > -0.15 - 0.01 * y);
          w.write(
              String.format(
                      Locale.ROOT,
                      "Y%07d,%s,%s,%s,%s,%s,%s,%s%n",
                      id++,
                      label(year),
                      KentDistricts.draw(r.nextDouble()).code(),
                      fsm ? "Y" : "N",
                      at16 ? "Y" : "N",
                      by19 ? "Y" : "N",
                      l2 ? "Y" : "N",
                      l3 ? "Y" : "N")
                  .replace("\r\n", "\n"));
        }
      }
    }
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[(int) Math.floor(q * (sorted.length - 1))];
  }

  /** A standard normal draw from two uniforms (Box-Muller), with StrictMath for repeatability. */
  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
  }

  private static int pick(double[] w, double u) {
    double acc = 0;
    for (int i = 0; i < w.length; i++) {
      acc += w[i];
      if (u < acc) {
        return i;
      }
    }
    return w.length - 1;
  }

  private static String num(double d) {
    return java.math.BigDecimal.valueOf(d)
        .setScale(2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
