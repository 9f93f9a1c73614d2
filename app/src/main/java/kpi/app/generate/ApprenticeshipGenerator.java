package kpi.app.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the sample drop's apprenticeship starts for academic years 2014/15 to 2016/17 at Kent's
 * real scale (about 12,000 starts a year), with the council's own scheme, schools as employers, the
 * Kent Employment Programme, assisted apprenticeships, care leavers and troubled families, and the
 * reference lists the apprenticeship KPIs need (headcount, schools, population). The yearly totals
 * follow the seed documents (see sample-data/README.md).
 */
public final class ApprenticeshipGenerator {
  static final String[] SECTORS = {
    "Construction",
    "Health and Social Care",
    "Hospitality and Tourism",
    "Land-based",
    "Engineering and Manufacturing",
    "Creative and Digital",
    "Business and Professional",
    "Retail and Commercial"
  };
  private static final double[] SECTOR_W = {0.12, 0.22, 0.10, 0.04, 0.12, 0.06, 0.22, 0.12};
  private static final String[] PLACES = {
    "Ashford",
    "Canterbury",
    "Dartford",
    "Dover",
    "Gravesend",
    "Maidstone",
    "Sevenoaks",
    "Folkestone",
    "Sittingbourne",
    "Margate",
    "Tonbridge",
    "Tunbridge Wells",
    "Ramsgate",
    "Whitstable",
    "Herne Bay",
    "Deal",
    "Hythe",
    "Faversham",
    "Sandwich",
    "Tenterden",
    "Cranbrook",
    "Edenbridge",
    "West Malling",
    "Swanley",
    "Broadstairs",
    "Minster",
    "Northfleet",
    "Snodland",
    "Headcorn",
    "Wye"
  };
  private static final String[] PHASES = {
    "primary", "primary", "primary", "primary", "secondary", "special"
  };

  /** Per year 2014/15, 2015/16, 2016/17. */
  private static final int[] UNDER_19 = {2790, 3040, 3352};

  private static final int[] AGE_19_24 = {3520, 3610, 3700};
  private static final int[] AGE_25_PLUS = {5130, 5260, 5300};
  private static final int[] COUNCIL = {205, 228, 252};
  private static final int[] SCHOOL = {300, 382, 468};
  private static final int[] ASSISTED = {22, 36, 62};
  private static final int[] TROUBLED = {12, 41, 68};
  private static final int SCHOOLS = 600;

  private ApprenticeshipGenerator() {}

  /** One start before it is written. */
  private record Start(
      String learner,
      LocalDate date,
      int age,
      int level,
      String district,
      String employer,
      String type,
      String sector,
      String status,
      LocalDate end,
      boolean careLeaver,
      boolean lookedAfter,
      boolean assisted,
      boolean troubled,
      boolean send,
      String programme) {}

  public static void write(Path dropDir, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5A17L);
    Files.createDirectories(dropDir.resolve("reference"));
    List<String[]> schools = schools(r);
    writeSchools(dropDir.resolve("reference/schools.csv"), schools);
    writeHeadcount(dropDir.resolve("reference/headcount.csv"));
    writePopulation(dropDir.resolve("reference/population.csv"));
    List<String> employers = new ArrayList<>();
    for (int i = 0; i < 4200; i++) {
      employers.add(String.format(Locale.ROOT, "E%05d", 10000 + i));
    }
    List<Start> all = new ArrayList<>();
    List<String> learners = new ArrayList<>();
    java.util.Set<String> keys = new java.util.HashSet<>();
    int nextLearner = 1;
    for (int y = 0; y < 3; y++) {
      int year = 2014 + y;
      int total = UNDER_19[y] + AGE_19_24[y] + AGE_25_PLUS[y];
      for (int i = 0; i < total; i++) {
        int age =
            i < UNDER_19[y]
                ? 16 + r.nextInt(3)
                : i < UNDER_19[y] + AGE_19_24[y]
                    ? 19 + r.nextInt(6)
                    : 25 + (int) (r.nextDouble() * r.nextDouble() * 36);
        String learner;
        LocalDate date = LocalDate.of(year, 8, 1).plusDays(r.nextInt(365));
        if (!learners.isEmpty() && r.nextDouble() < 0.03) {
          learner = learners.get(r.nextInt(learners.size()));
        } else {
          learner = String.format(Locale.ROOT, "L%06d", nextLearner++);
          learners.add(learner);
        }
        if (!keys.add(learner + date)) {
          // The same learner cannot start twice on one day: a new learner instead.
          learner = String.format(Locale.ROOT, "L%06d", nextLearner++);
          learners.add(learner);
          keys.add(learner + date);
        }
        String employer;
        String type;
        if (i % 1000 < COUNCIL[y] * 1000 / total + 1
            && countType(all, year, "council") < COUNCIL[y]) {
          employer = "KCC";
          type = "council";
        } else if (r.nextDouble() < (double) SCHOOL[y] / total * 1.3
            && countType(all, year, "school") < SCHOOL[y]) {
          employer = schools.get(r.nextInt(252 + y * 20))[0];
          type = "school";
        } else if (r.nextDouble() < 0.05) {
          employer = "NHS" + r.nextInt(12);
          type = "public-other";
        } else {
          employer = employers.get(zipf(r, employers.size()));
          type = r.nextDouble() < 0.04 ? "charity" : "private";
        }
        all.add(start(r, learner, date, age, employer, type, y));
      }
      topUp(all, r, year, y, "council", COUNCIL[y], schools, learners);
      topUp(all, r, year, y, "school", SCHOOL[y], schools, learners);
      flag(all, r, year, ASSISTED[y], "assisted");
      flag(all, r, year, TROUBLED[y], "troubled");
    }
    all.sort(
        (a, b) ->
            a.date().equals(b.date())
                ? a.learner().compareTo(b.learner())
                : a.date().compareTo(b.date()));
    try (BufferedWriter w =
        Files.newBufferedWriter(
            dropDir.resolve("apprenticeship-starts.csv"), StandardCharsets.UTF_8)) {
      w.write(
          "learner_id,start_date,age_at_start,level,district,employer_id,employer_type,"
              + "sector,status,end_date,care_leaver,looked_after,assisted,troubled_family,send,"
              + "programme\n");
      for (Start s : all) {
        w.write(
            s.learner()
                + ','
                + s.date()
                + ','
                + s.age()
                + ','
                + s.level()
                + ','
                + s.district()
                + ','
                + s.employer()
                + ','
                + s.type()
                + ','
                + s.sector()
                + ','
                + s.status()
                + ','
                + (s.end() == null ? "" : s.end())
                + ','
                + yn(s.careLeaver())
                + ','
                + yn(s.lookedAfter())
                + ','
                + yn(s.assisted())
                + ','
                + yn(s.troubled())
                + ','
                + yn(s.send())
                + ','
                + s.programme()
                + '\n');
      }
    }
  }

  private static long countType(List<Start> all, int year, String type) {
    LocalDate from = LocalDate.of(year, 8, 1);
    return all.stream().filter(s -> s.type().equals(type) && !s.date().isBefore(from)).count();
  }

  /** Adds council or school starts until the year's total is reached. */
  private static void topUp(
      List<Start> all,
      SplittableRandom r,
      int year,
      int y,
      String type,
      int target,
      List<String[]> schools,
      List<String> learners) {
    long have = countType(all, year, type);
    for (long i = have; i < target; i++) {
      String learner = String.format(Locale.ROOT, "L%06d", 900000 + all.size());
      learners.add(learner);
      LocalDate date = LocalDate.of(year, 8, 1).plusDays(r.nextInt(365));
      String employer = type.equals("council") ? "KCC" : schools.get(r.nextInt(252 + y * 20))[0];
      all.add(start(r, learner, date, 16 + r.nextInt(10), employer, type, y));
    }
  }

  /** Marks some of the year's starts as assisted (young people with SEND) or troubled family. */
  private static void flag(List<Start> all, SplittableRandom r, int year, int count, String which) {
    LocalDate from = LocalDate.of(year, 8, 1);
    List<Integer> young = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Start s = all.get(i);
      if (!s.date().isBefore(from) && s.age() < 25 && !s.assisted() && !s.troubled()) {
        young.add(i);
      }
    }
    for (int k = 0; k < count && !young.isEmpty(); k++) {
      int idx = young.remove(r.nextInt(young.size()));
      Start s = all.get(idx);
      boolean assisted = which.equals("assisted");
      all.set(
          idx,
          new Start(
              s.learner(),
              s.date(),
              s.age(),
              assisted ? 2 : s.level(),
              s.district(),
              s.employer(),
              s.type(),
              s.sector(),
              s.status(),
              s.end(),
              s.careLeaver(),
              s.lookedAfter(),
              assisted,
              !assisted,
              assisted || s.send(),
              assisted ? "Assisted Apprenticeships" : s.programme()));
    }
  }

  private static Start start(
      SplittableRandom r,
      String learner,
      LocalDate date,
      int age,
      String employer,
      String type,
      int y) {
    double lv = r.nextDouble();
    double higher = 0.08 + 0.015 * y;
    double advanced = 0.36 + 0.015 * y;
    int level =
        lv < higher
            ? (r.nextDouble() < 0.2 ? 6 + r.nextInt(2) : 4 + r.nextInt(2))
            : lv < higher + advanced ? 3 : 2;
    KentDistricts.Profile d = KentDistricts.draw(r.nextDouble());
    String district = r.nextDouble() < 0.04 ? "out-of-area" : d.code();
    String sector = SECTORS[pick(SECTOR_W, r.nextDouble())];
    if (type.equals("school") || type.equals("council")) {
      sector = r.nextDouble() < 0.6 ? "Business and Professional" : "Health and Social Care";
    }
    LocalDate dataEnd = LocalDate.of(2017, 7, 31);
    double fate = r.nextDouble();
    String status = "continuing";
    LocalDate end = null;
    if (fate < 0.70) {
      LocalDate done = date.plusMonths(12 + r.nextInt(13));
      if (!done.isAfter(dataEnd)) {
        status = "completed";
        end = done;
      }
    } else if (fate < 0.92) {
      LocalDate left = date.plusMonths(2 + r.nextInt(9));
      if (!left.isAfter(dataEnd)) {
        status = "withdrawn";
        end = left;
      }
    }
    boolean careLeaver = age <= 24 && r.nextDouble() < 0.012;
    boolean lookedAfter = age <= 17 && r.nextDouble() < 0.004;
    String programme =
        type.equals("private") && age < 25 && r.nextDouble() < 0.06
            ? "KEP"
            : type.equals("council") ? "KCC scheme" : "";
    return new Start(
        learner,
        date,
        age,
        level,
        district,
        employer,
        type,
        sector,
        status,
        end,
        careLeaver,
        lookedAfter,
        false,
        false,
        r.nextDouble() < 0.06,
        programme);
  }

  /** A skewed employer choice, so a few employers take many apprentices (champions). */
  private static int zipf(SplittableRandom r, int n) {
    return (int) Math.min(n - 1, Math.floor(n * Math.pow(r.nextDouble(), 2.2)));
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

  private static String yn(boolean b) {
    return b ? "Y" : "N";
  }

  private static List<String[]> schools(SplittableRandom r) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < SCHOOLS; i++) {
      String phase = PHASES[r.nextInt(PHASES.length)];
      String place = PLACES[r.nextInt(PLACES.length)];
      String name =
          place
              + " "
              + (phase.equals("primary")
                  ? "Primary School"
                  : phase.equals("special") ? "Special School" : "Secondary School")
              + " "
              + (i + 1);
      String type = r.nextDouble() < 0.55 ? "maintained" : "academy";
      out.add(
          new String[] {
            Integer.toString(118000 + i),
            name,
            KentDistricts.draw(r.nextDouble()).code(),
            phase,
            type
          });
    }
    return out;
  }

  private static void writeSchools(Path p, List<String[]> schools) throws IOException {
    StringBuilder b = new StringBuilder("urn,name,district,phase,type\n");
    for (String[] s : schools) {
      b.append(String.join(",", s)).append('\n');
    }
    Files.writeString(p, b, StandardCharsets.UTF_8);
  }

  private static void writeHeadcount(Path p) throws IOException {
    Files.writeString(
        p,
        "organisation,employer_type,year_start,headcount\n"
            + "Kent County Council,council,2014,11040\n"
            + "Kent County Council,council,2015,10820\n"
            + "Kent County Council,council,2016,10610\n"
            + "Kent County Council,council,2017,10565\n"
            + "Kent maintained schools,school,2014,20630\n"
            + "Kent maintained schools,school,2015,20410\n"
            + "Kent maintained schools,school,2016,20150\n"
            + "Kent maintained schools,school,2017,20174\n",
        StandardCharsets.UTF_8);
  }

  private static void writePopulation(Path p) throws IOException {
    StringBuilder b = new StringBuilder("area,age_band,year,population\n");
    String[] bands = {"16-18", "19-24", "25+", "16-64"};
    double[] kent = {57_300, 106_200, 1_078_000, 945_000};
    for (int year = 2014; year <= 2017; year++) {
      double grow = 1 + 0.008 * (year - 2014);
      for (int i = 0; i < bands.length; i++) {
        b.append("Kent,")
            .append(bands[i])
            .append(',')
            .append(year)
            .append(',')
            .append(NeetTrackingGenerator.roundHalfUp(kent[i] * grow))
            .append('\n');
      }
      for (KentDistricts.Profile d : KentDistricts.ALL) {
        for (int i = 0; i < bands.length; i++) {
          b.append(d.code())
              .append(',')
              .append(bands[i])
              .append(',')
              .append(year)
              .append(',')
              .append(NeetTrackingGenerator.roundHalfUp(kent[i] * grow * d.share()))
              .append('\n');
        }
      }
    }
    Files.writeString(p, b, StandardCharsets.UTF_8);
  }
}
