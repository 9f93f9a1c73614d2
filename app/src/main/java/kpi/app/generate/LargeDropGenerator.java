package kpi.app.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Writes a large NEET tracking drop for benchmarks: {@code rows} rows of monthly snapshots
 * (September to August, then the next year), each young person a row a month, streamed to disk
 * without holding rows in memory. Realistic code mix, 12 Kent-like districts, ages 15-19 by date of
 * birth. Same seed and size, same bytes.
 */
public final class LargeDropGenerator {
  private static final int[] CODES = {
    210, 220, 220, 230, 310, 320, 410, 330, 340, 540, 610, 620, 810, 820, 710, 260
  };
  private static final double[] WEIGHTS = {
    0.34, 0.30, 0.05, 0.04, 0.07, 0.03, 0.04, 0.04, 0.02, 0.005, 0.015, 0.01, 0.03, 0.01, 0.001,
    0.009
  };

  private LargeDropGenerator() {}

  /** Writes {@code neet-tracking.csv} (or .xlsx via SXSSF) and {@code reference/districts.csv}. */
  public static void write(Path dir, long rows, long seed, boolean xlsx) throws IOException {
    Files.createDirectories(dir.resolve("reference"));
    Files.writeString(
        dir.resolve("reference/districts.csv"),
        KentDistricts.referenceCsv(),
        StandardCharsets.UTF_8);
    int months = 12;
    long people = Math.max(1, rows / months);
    SplittableRandom r = new SplittableRandom(seed);
    if (xlsx) {
      try (OutputStream out = Files.newOutputStream(dir.resolve("neet-tracking.xlsx"))) {
        LargeXlsx.write(out, rows, people, seed, r);
      }
      return;
    }
    try (BufferedWriter w =
        Files.newBufferedWriter(
            dir.resolve("neet-tracking.csv"),
            StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
            java.nio.file.StandardOpenOption.WRITE)) {
      w.write(
          "person_id,snapshot_date,date_of_birth,district,activity_code,send,looked_after,"
              + "care_leaver,gender\n");
      long written = 0;
      for (int m = 0; written < rows; m++) {
        YearMonth month = YearMonth.of(2016, 9).plusMonths(m);
        String date = month.atEndOfMonth().toString();
        for (long p = 0; p < people && written < rows; p++, written++) {
          w.write(line(p, date, new SplittableRandom(seed * 31 + p), r));
        }
      }
    }
  }

  /** One row: the person's fixed traits come from a per-person random, the month's code not. */
  static String line(long p, String date, SplittableRandom person, SplittableRandom month) {
    LocalDate dob = LocalDate.of(1998, 9, 1).plusDays(person.nextInt(365 * 3));
    String district = KentDistricts.ALL.get(person.nextInt(12)).code();
    double s = person.nextDouble();
    char send = s < 0.09 ? 'K' : s < 0.14 ? 'E' : 'N';
    char gender = person.nextBoolean() ? 'F' : 'M';
    int code = CODES[pick(month.nextDouble())];
    return "P" + p + ',' + date + ',' + dob + ',' + district + ',' + code + ',' + send + ",N,N,"
        + gender + '\n';
  }

  private static int pick(double u) {
    double acc = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      acc += WEIGHTS[i];
      if (u < acc) {
        return i;
      }
    }
    return WEIGHTS.length - 1;
  }
}
