package kpi.app.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import kpi.app.Main;
import kpi.core.pack.PackBuilder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attack on everything a council publishes for a year, written without the suppression code:
 * random drops (thin districts, tiny groups, zeros, residents-only starts) are packed for this year
 * and last year; every number in every workbook is read back and tied to the young people and
 * starts it counts ("atoms": month x district x activity, year x district x level x age x sector).
 * A shown rate is taken to give away its numerator and denominator (a rounded rate beside a cohort
 * nearly does). The intruder then works out what it can: exact elimination (modulo a large prime)
 * to see which hidden counts lie in the span of the shown ones, and bounds from the shown counts
 * with every atom at least 0. Nothing hidden may be recovered and no count of 1-4 may be shown or
 * pinned down.
 *
 * <p>Against the earlier table-by-table suppression, the six default drops gave 1,322 findings: 494
 * hidden cells recovered, 540 counts of 1-4 worked out, 284 shown and 4 bounded to 1-4.
 */
class PublicationIntruderIT {
  private static final String[] DISTRICTS = {
    "E07000105,Ashford", "E07000106,Canterbury", "E07000107,Dartford", "E07000108,Dover"
  };

  /** NEET, not known, full-time education, apprenticeship, other participation, EET. */
  private static final int[] CODES = {540, 810, 210, 310, 320, 330};

  private static final String[] CATEGORY = {"neet", "nk", "fte", "app", "oth", "eet"};
  private static final String[] LEVELS = {"intermediate", "advanced", "higher"};
  private static final int[] LEVEL_CODES = {2, 3, 4};
  private static final String[] AGES = {"16-18", "19-24", "25+"};
  private static final String[] SECTORS = {"Construction", "Health", "Retail"};
  private static final int THRESHOLD = 5;

  @TempDir Path dir;

  @Test
  void nothingHiddenCanBeWorkedOutAcrossEverythingPublished() throws IOException {
    List<String> findings = new ArrayList<>();
    for (long seed = 1; seed <= Long.getLong("intruder.seeds", 6); seed++) {
      findings.addAll(attack(seed));
    }
    assertThat(findings).as("recovered or small counts").isEmpty();
  }

  /** One random drop, this year's and last year's packs, and what an intruder gets from them. */
  List<String> attack(long seed) throws IOException {
    Path drop = dir.resolve("drop" + seed);
    Drop d = Drop.write(drop, new SplittableRandom(seed));
    Intruder intruder = new Intruder(d);
    for (String period : List.of("2016/17", "2015/16")) {
      Path out = dir.resolve("packs" + seed + "-" + period.substring(0, 4));
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new PrintWriter(new StringWriter()),
              new PrintWriter(err),
              "datapack",
              "--data",
              drop.toString(),
              "--out",
              out.toString(),
              "--format",
              "xlsx",
              "--period",
              period,
              "--suppress-below",
              Integer.toString(THRESHOLD));
      assertThat(code).as(err.toString()).isZero();
      try (var files = Files.list(out)) {
        for (Path f : files.sorted().toList()) {
          intruder.read(f, period);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String s : intruder.attack()) {
      out.add("seed " + seed + ": " + s);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------
  // The drop and the atoms

  /** A random drop and the true count of every atom. */
  record Drop(
      Map<String, Long> atoms,
      List<String> months,
      List<String> districtCodes,
      List<String> districtNames) {
    static Drop write(Path dir, SplittableRandom r) throws IOException {
      Files.createDirectories(dir.resolve("reference"));
      List<String> codes = new ArrayList<>();
      List<String> names = new ArrayList<>();
      StringBuilder ref = new StringBuilder("code,name,order,former_names\n");
      for (int i = 0; i < DISTRICTS.length; i++) {
        String[] p = DISTRICTS[i].split(",");
        codes.add(p[0]);
        names.add(p[1]);
        ref.append(p[0]).append(',').append(p[1]).append(',').append(i + 1).append(",\n");
      }
      Files.writeString(dir.resolve("reference/districts.csv"), ref);
      Map<String, Long> atoms = new TreeMap<>();
      List<String> months = new ArrayList<>();
      // NEET tracking: two academic years of monthly snapshots; districts from empty to small.
      int[] people = new int[codes.size()];
      for (int i = 0; i < people.length; i++) {
        int kind = r.nextInt(4);
        people[i] = kind == 0 ? 0 : kind == 1 ? 1 + r.nextInt(6) : 8 + r.nextInt(40);
      }
      double neetShare = r.nextDouble() * 0.2;
      for (int year = 2015; year <= 2016; year++) {
        StringBuilder b =
            new StringBuilder(
                "person_id,snapshot_date,date_of_birth,district,"
                    + "activity_code,send,looked_after,care_leaver,gender\n");
        int id = 0;
        for (int di = 0; di < codes.size(); di++) {
          for (int p = 0; p < people[di]; p++) {
            id++;
            // Academic age (on 31 August before the year) 16 or 17: born September (year-18)
            // to August (year-16).
            LocalDate dob = LocalDate.of(year - 18, 9, 1).plusDays(r.nextInt(729));
            int category = r.nextDouble() < neetShare ? 0 : r.nextInt(CODES.length);
            for (int m = 0; m < 12; m++) {
              LocalDate snap = LocalDate.of(year, 9, 1).plusMonths(m);
              snap = snap.withDayOfMonth(snap.lengthOfMonth());
              if (r.nextInt(5) == 0) {
                category = r.nextDouble() < neetShare ? 0 : r.nextInt(CODES.length);
              }
              b.append("Y")
                  .append(year)
                  .append('-')
                  .append(id)
                  .append(',')
                  .append(snap)
                  .append(',')
                  .append(dob)
                  .append(',')
                  .append(codes.get(di))
                  .append(',')
                  .append(CODES[category])
                  .append(",N,N,N,F\n");
              String month = snap.toString().substring(0, 7);
              atoms.merge(neet(month, codes.get(di), CATEGORY[category]), 1L, Long::sum);
            }
          }
        }
        for (int m = 0; m < 12; m++) {
          months.add(LocalDate.of(year, 9, 1).plusMonths(m).toString().substring(0, 7));
        }
        Files.writeString(dir.resolve("neet-tracking-" + year + "-" + (year - 1999) + ".csv"), b);
      }
      // Apprenticeship starts living in the districts (residents only), 2014/15 to 2016/17.
      StringBuilder s =
          new StringBuilder(
              "learner_id,start_date,age_at_start,level,district,"
                  + "employer_id,employer_type,sector,status,end_date,care_leaver,looked_after,assisted,"
                  + "troubled_family,send,programme\n");
      int n = 0;
      for (int year = 2014; year <= 2016; year++) {
        for (int di = 0; di < codes.size(); di++) {
          int starts = r.nextInt(3) == 0 ? r.nextInt(4) : r.nextInt(30);
          for (int k = 0; k < starts; k++) {
            n++;
            int level = r.nextInt(LEVELS.length);
            int ageBand = r.nextInt(AGES.length);
            int age =
                ageBand == 0
                    ? 16 + r.nextInt(3)
                    : ageBand == 1 ? 19 + r.nextInt(6) : 25 + r.nextInt(20);
            int sector = r.nextInt(SECTORS.length);
            LocalDate start = LocalDate.of(year, 8, 1).plusDays(r.nextInt(365));
            s.append("L")
                .append(n)
                .append(',')
                .append(start)
                .append(',')
                .append(age)
                .append(',')
                .append(LEVEL_CODES[level])
                .append(',')
                .append(codes.get(di))
                .append(",E")
                .append(n)
                .append(",private,")
                .append(SECTORS[sector])
                .append(",continuing,,N,N,N,N,N,\n");
            atoms.merge(start(year, codes.get(di), level, ageBand, sector), 1L, Long::sum);
          }
        }
      }
      Files.writeString(dir.resolve("apprenticeship-starts.csv"), s);
      return new Drop(atoms, months, codes, names);
    }
  }

  static String neet(String month, String district, String category) {
    return "neet|" + month + "|" + district + "|" + category;
  }

  static String start(int year, String district, int level, int age, int sector) {
    return "start|" + year + "|" + district + "|" + level + "|" + age + "|" + sector;
  }

  // ---------------------------------------------------------------------------------------
  // What a published cell counts

  /** A linear combination of atoms (rational coefficients as numerator / 3 for averages). */
  record Vec(String label, Map<String, Long> coefficients, long scale) {
    double value(Map<String, Long> atoms) {
      double v = 0;
      for (Map.Entry<String, Long> e : coefficients.entrySet()) {
        v += e.getValue() * atoms.getOrDefault(e.getKey(), 0L);
      }
      return v / scale;
    }
  }

  /** A published cell: shown or hidden, and the counts it stands for. */
  record Published(String where, boolean hidden, Double shown, List<Vec> counts) {}

  static final class Intruder {
    private final Drop drop;
    private final List<Published> cells = new ArrayList<>();

    Intruder(Drop drop) {
      this.drop = drop;
    }

    /** Every cell of one workbook whose meaning the intruder knows. */
    void read(Path file, String period) throws IOException {
      if (!file.toString().endsWith(".xlsx")) {
        return;
      }
      String slug = file.getFileName().toString().replace(".xlsx", "");
      List<String> area = new ArrayList<>();
      for (int i = 0; i < drop.districtNames().size(); i++) {
        if (PackBuilder.slug(drop.districtNames().get(i)).equals(slug)) {
          area.add(drop.districtCodes().get(i));
        }
      }
      boolean county = area.isEmpty();
      List<String> all = drop.districtCodes();
      int year = Integer.parseInt(period.substring(0, 4));
      try (InputStream in = Files.newInputStream(file);
          Workbook wb = new XSSFWorkbook(in)) {
        for (Sheet s : wb) {
          String where = slug + "[" + period + "]!" + s.getSheetName();
          if (s.getSheetName().equals("Summary")) {
            summary(s, where, county ? all : area, all, year);
            continue;
          }
          Row h = s.getRow(0);
          if (h == null || h.getCell(0) == null) {
            continue;
          }
          String first = text(h.getCell(0));
          List<String> columns = new ArrayList<>();
          for (int c = 1; c < h.getLastCellNum(); c++) {
            columns.add(text(h.getCell(c)));
          }
          for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null || row.getCell(0) == null || text(row.getCell(0)).isEmpty()) {
              break;
            }
            String label = text(row.getCell(0));
            for (int c = 0; c < columns.size(); c++) {
              Cell cell = row.getCell(c + 1);
              List<Vec> v =
                  switch (first) {
                    case "Month" -> trend(label, columns.get(c), county ? all : area, all);
                    case "Route" -> route(label, columns.get(c), county ? all : area, all, year);
                    case "Year" -> startsTable(label, columns.get(c), county ? all : area, columns);
                    case "Sector" -> sector(label, county ? all : area, year);
                    case "KPI" -> kpi(label.split(" ")[0], List.of(all.get(c)), year);
                    default -> null;
                  };
              add(where + "!" + label + "/" + columns.get(c), cell, v);
            }
          }
        }
      }
    }

    private void summary(Sheet s, String where, List<String> area, List<String> all, int year) {
      int header = -1;
      for (int r = 0; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        if (row != null && row.getCell(0) != null && text(row.getCell(0)).equals("ID")) {
          header = r;
          break;
        }
      }
      boolean county = area.size() == all.size() && all.size() > 1;
      for (int r = header + 1; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        if (row == null || row.getCell(0) == null) {
          break;
        }
        String id = text(row.getCell(0));
        add(where + "!" + id + "/area", row.getCell(2), kpi(id, area, year));
        if (!county) {
          add(where + "!" + id + "/county", row.getCell(3), kpi(id, all, year));
        }
      }
    }

    private void add(String where, Cell cell, List<Vec> counts) {
      if (counts == null || cell == null) {
        return;
      }
      if (cell.getCellType() == CellType.NUMERIC) {
        // Percentages are stored as fractions with a % format (64.7% is 0.647), as spreadsheet
        // guidance asks: read them as the percentage a reader sees.
        double v = cell.getNumericCellValue();
        if (cell.getCellStyle().getDataFormatString().contains("%")) {
          v = java.math.BigDecimal.valueOf(v).movePointRight(2).doubleValue();
        }
        cells.add(new Published(where, false, v, counts));
      } else if (text(cell).equals("c") || text(cell).equals("[c]")) {
        cells.add(new Published(where, true, null, counts));
      }
    }

    // The meaning of each kind of cell, from the product's documentation of the packs.

    private List<Vec> kpi(String id, List<String> area, int year) {
      List<String> winter = List.of(year + "-12", (year + 1) + "-01", (year + 1) + "-02");
      return switch (id) {
        case "KPI-07" -> rate(winter, area, List.of("neet"));
        case "NEET-1" -> rate(List.of((year + 1) + "-01"), area, List.of("neet"));
        case "NEET-2" -> rate(winter, area, List.of("neet", "nk"));
        case "NEET-3" -> rate(winter, area, List.of("nk"));
        case "PART-1" -> rate(List.of((year + 1) + "-03"), area, List.of("fte", "app", "oth"));
        case "APP-1" -> List.of(starts("APP-1", area, year, -1, 0, -1));
        default -> null;
      };
    }

    private List<Vec> trend(String month, String column, List<String> area, List<String> all) {
      boolean countyColumn = column.startsWith("County");
      List<String> where = countyColumn ? all : area;
      boolean nk = column.toLowerCase(Locale.ROOT).contains("not known");
      return rate(List.of(month), where, List.of(nk ? "nk" : "neet"));
    }

    private List<Vec> route(
        String label, String column, List<String> area, List<String> all, int year) {
      String cat =
          switch (label) {
            case "full-time education" -> "fte";
            case "apprenticeship" -> "app";
            default -> "oth";
          };
      return rate(
          List.of((year + 1) + "-03"), column.startsWith("County") ? all : area, List.of(cat));
    }

    private List<Vec> startsTable(
        String yearLabel, String column, List<String> area, List<String> columns) {
      int year = Integer.parseInt(yearLabel.substring(0, 4));
      if (column.equals("Total")) {
        return List.of(starts("total", area, year, -1, -1, -1));
      }
      for (int l = 0; l < LEVELS.length; l++) {
        if (column.equals(LEVELS[l])) {
          return List.of(starts(column, area, year, l, -1, -1));
        }
      }
      for (int a = 0; a < AGES.length; a++) {
        if (column.equals(AGES[a])) {
          return List.of(starts(column, area, year, -1, a, -1));
        }
      }
      // Levels this drop has none of (degree): a column of zeros, counted as such.
      return columns.contains("intermediate")
          ? List.of(starts(column, List.of(), year, -1, -1, -1))
          : null;
    }

    private List<Vec> sector(String label, List<String> area, int year) {
      if (label.equals("Total")) {
        return List.of(starts("total", area, year, -1, -1, -1));
      }
      for (int s = 0; s < SECTORS.length; s++) {
        if (SECTORS[s].equals(label)) {
          return List.of(starts(label, area, year, -1, -1, s));
        }
      }
      return null;
    }

    private Vec starts(String label, List<String> area, int year, int level, int age, int sector) {
      Map<String, Long> c = new TreeMap<>();
      for (String d : area) {
        for (int l = 0; l < LEVELS.length; l++) {
          for (int a = 0; a < AGES.length; a++) {
            for (int s = 0; s < SECTORS.length; s++) {
              if ((level < 0 || l == level)
                  && (age < 0 || a == age)
                  && (sector < 0 || s == sector)) {
                c.put(start(year, d, l, a, s), 1L);
              }
            }
          }
        }
      }
      return new Vec("starts " + label + " " + year + " " + area, c, 1);
    }

    /** Numerator and cohort of a rate over months (averaged: coefficients in thirds). */
    private List<Vec> rate(List<String> months, List<String> area, List<String> numerator) {
      Map<String, Long> num = new TreeMap<>();
      Map<String, Long> den = new TreeMap<>();
      for (String m : months) {
        for (String d : area) {
          for (String cat : CATEGORY) {
            den.put(neet(m, d, cat), 1L);
            if (numerator.contains(cat)) {
              num.put(neet(m, d, cat), 1L);
            }
          }
        }
      }
      long scale = months.size();
      String what = numerator + " " + months + " " + area;
      return List.of(
          new Vec(what, num, scale), new Vec("cohort " + months + " " + area, den, scale));
    }

    // ---------------------------------------------------------------------------------------
    // The attack

    List<String> attack() {
      List<String> findings = new ArrayList<>();
      Map<String, Long> atoms = drop.atoms();
      Map<String, Integer> index = new LinkedHashMap<>();
      Span span = new Span();
      List<Vec> known = new ArrayList<>();
      for (Published p : cells) {
        if (p.hidden()) {
          continue;
        }
        // The intruder's reading of a cell must agree with what is shown (else it models the
        // wrong thing and would find nothing for the wrong reason).
        double expected =
            p.counts().size() == 2
                ? 100 * p.counts().get(0).value(atoms) / p.counts().get(1).value(atoms)
                : p.counts().get(0).value(atoms);
        if (Math.abs(expected - p.shown()) > 0.051) {
          findings.add(
              "misread: " + p.where() + " shows " + p.shown() + ", atoms give " + expected);
        }
        for (Vec v : p.counts()) {
          known.add(v);
          span.add(encode(v, index));
          double value = v.value(atoms);
          if (value > 0 && value < THRESHOLD) {
            findings.add("shown: " + p.where() + " stands on " + v.label() + " = " + value);
          }
        }
        if (p.counts().size() == 2) {
          double complement = p.counts().get(1).value(atoms) - p.counts().get(0).value(atoms);
          if (complement > 0 && complement < THRESHOLD) {
            findings.add("shown: " + p.where() + " leaves out " + complement);
          }
        }
      }
      Bounds bounds = new Bounds(known, atoms);
      for (Published p : cells) {
        if (!p.hidden()) {
          continue;
        }
        boolean all = true;
        StringBuilder how = new StringBuilder();
        for (Vec v : p.counts()) {
          boolean exact = span.contains(encode(v, index));
          double[] b = bounds.of(v);
          double value = v.value(atoms);
          boolean pinned = exact || b[0] == b[1];
          all &= pinned;
          how.append(" ")
              .append(v.label())
              .append(exact ? " exactly" : pinned ? " by bounds" : " not")
              .append(" (")
              .append(value)
              .append(")");
          if (pinned && value > 0 && value < THRESHOLD) {
            findings.add("worked out: " + p.where() + ": " + v.label() + " = " + value);
          } else if (!pinned && b[0] >= 1 && b[1] < THRESHOLD) {
            findings.add(
                "bounded: " + p.where() + ": " + v.label() + " in [" + b[0] + ", " + b[1] + "]");
          }
        }
        if (all && !p.counts().isEmpty()) {
          findings.add("recovered: " + p.where() + how);
        }
      }
      return findings;
    }

    private Map<Integer, Long> encode(Vec v, Map<String, Integer> index) {
      Map<Integer, Long> out = new TreeMap<>();
      v.coefficients()
          .forEach(
              (k, c) ->
                  out.put(index.computeIfAbsent(k, x -> index.size()), Math.floorMod(c, Span.P)));
      return out;
    }
  }

  static String text(Cell c) {
    return c == null
        ? ""
        : c.getCellType() == CellType.STRING
            ? c.getStringCellValue().strip()
            : c.getCellType() == CellType.NUMERIC ? Double.toString(c.getNumericCellValue()) : "";
  }

  /**
   * The row space of the shown counts, in echelon form modulo a prime (a vector with small integer
   * entries lies in the span over the rationals exactly when it does modulo p, but for primes
   * dividing one of finitely many minors; p is far larger than any of them here).
   */
  static final class Span {
    static final long P = 2_147_483_647L;
    private final Map<Integer, Map<Integer, Long>> pivots = new HashMap<>();

    void add(Map<Integer, Long> v) {
      Map<Integer, Long> r = reduce(v);
      if (r.isEmpty()) {
        return;
      }
      int lead = ((TreeMap<Integer, Long>) r).firstKey();
      long inv = inverse(r.get(lead));
      r.replaceAll((k, x) -> x * inv % P);
      pivots.put(lead, r);
    }

    boolean contains(Map<Integer, Long> v) {
      return reduce(v).isEmpty();
    }

    private Map<Integer, Long> reduce(Map<Integer, Long> v) {
      TreeMap<Integer, Long> r = new TreeMap<>(v);
      r.values().removeIf(x -> x == 0);
      Integer col = r.isEmpty() ? null : r.firstKey();
      while (col != null) {
        Map<Integer, Long> p = pivots.get(col);
        if (p != null) {
          long f = r.get(col);
          for (Map.Entry<Integer, Long> e : p.entrySet()) {
            long x = Math.floorMod(r.getOrDefault(e.getKey(), 0L) - f * e.getValue() % P, P);
            if (x == 0) {
              r.remove(e.getKey());
            } else {
              r.put(e.getKey(), x);
            }
          }
          col = r.ceilingKey(col);
        } else {
          col = r.higherKey(col);
        }
      }
      return r;
    }

    private static long inverse(long a) {
      long result = 1;
      long base = a % P;
      long e = P - 2;
      while (e > 0) {
        if ((e & 1) == 1) {
          result = result * base % P;
        }
        base = base * base % P;
        e >>= 1;
      }
      return result;
    }
  }

  /** Bounds on every atom from the shown counts (each atom at least 0), tightened in rounds. */
  static final class Bounds {
    private final Map<String, double[]> atom = new HashMap<>();

    Bounds(List<Vec> known, Map<String, Long> truth) {
      for (Vec v : known) {
        v.coefficients()
            .keySet()
            .forEach(k -> atom.putIfAbsent(k, new double[] {0, Double.POSITIVE_INFINITY}));
      }
      for (int round = 0; round < 6; round++) {
        for (Vec v : known) {
          double total = v.value(truth) * v.scale();
          double lowSum = 0;
          double highSum = 0;
          for (Map.Entry<String, Long> e : v.coefficients().entrySet()) {
            double[] b = atom.get(e.getKey());
            lowSum += e.getValue() * b[0];
            highSum += e.getValue() * b[1];
          }
          for (Map.Entry<String, Long> e : v.coefficients().entrySet()) {
            double[] b = atom.get(e.getKey());
            double c = e.getValue();
            double hi = (total - (lowSum - c * b[0])) / c;
            double lo = Double.isInfinite(highSum) ? 0 : (total - (highSum - c * b[1])) / c;
            b[1] = Math.min(b[1], Math.floor(hi + 1e-9));
            b[0] = Math.max(b[0], Math.ceil(lo - 1e-9));
          }
        }
      }
    }

    double[] of(Vec v) {
      double lo = 0;
      double hi = 0;
      for (Map.Entry<String, Long> e : v.coefficients().entrySet()) {
        double[] b = atom.getOrDefault(e.getKey(), new double[] {0, Double.POSITIVE_INFINITY});
        lo += e.getValue() * b[0];
        hi += e.getValue() * b[1];
      }
      return new double[] {lo / v.scale(), hi / v.scale()};
    }
  }
}
