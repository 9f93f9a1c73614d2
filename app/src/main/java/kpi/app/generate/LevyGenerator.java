package kpi.app.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Writes {@code levy.csv}: the apprenticeship service statements of the sample's largest levy
 * payers (the council, its maintained schools, NHS trusts and the largest private employers of
 * {@code apprenticeship-starts}) from the levy's first month, April 2017, to July 2017, where the
 * rest of the sample ends. The levy is 0.5% of the pay bill less a £15,000 yearly allowance, with
 * the 10% government top-up; spending starts slowly, as it did (the Lancashire seed: levy payers
 * mostly do not spend their full levy). Transfers (from April 2018) and expiry (from May 2019) had
 * not begun, so those columns are 0.
 */
final class LevyGenerator {
  /** Employer id, name, type, yearly pay bill in pounds. */
  private static final Object[][] PAYERS = {
    {"KCC", "Kent County Council", "council", 279_970_000L},
    {"KCC-SCHOOLS", "Kent maintained schools", "school", 443_830_000L},
    {"NHS1", "NHS trust 1", "public-other", 96_000_000L},
    {"NHS2", "NHS trust 2", "public-other", 88_000_000L},
    {"NHS4", "NHS trust 4", "public-other", 102_000_000L},
    {"E10000", "Employer E10000", "private", 61_000_000L},
    {"E10001", "Employer E10001", "private", 24_000_000L},
    {"E10002", "Employer E10002", "private", 17_500_000L}
  };

  /** Share of the month's levy used on training, April to July 2017, before noise. */
  private static final double[] USED = {0.0, 0.06, 0.14, 0.21};

  private LevyGenerator() {}

  static void write(Path dropDir, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed ^ 0x1E5EL);
    try (BufferedWriter w =
        Files.newBufferedWriter(dropDir.resolve("levy.csv"), StandardCharsets.UTF_8)) {
      w.write(
          "employer_id,employer_name,employer_type,month,levy_declared,funds_used,"
              + "transferred_out,expired\n");
      for (Object[] p : PAYERS) {
        double monthlyLevy = (((Long) p[3]) * 0.005 - 15_000) / 12 * 1.1;
        for (int m = 0; m < USED.length; m++) {
          YearMonth month = YearMonth.of(2017, 4).plusMonths(m);
          double declared = monthlyLevy * (0.98 + 0.04 * r.nextDouble());
          double used = declared * USED[m] * (0.5 + r.nextDouble());
          w.write(
              p[0]
                  + ","
                  + p[1]
                  + ","
                  + p[2]
                  + ","
                  + month
                  + ","
                  + money(declared)
                  + ","
                  + money(used)
                  + ",0,0\n");
        }
      }
    }
  }

  private static String money(double pounds) {
    return BigDecimal.valueOf(pounds).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
