package kpi.app.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes {@code september-guarantee.csv}: everyone in Years 11 and 12 in 2012/13-2016/17 with a
 * guarantee status code from the default table (10-16 offer made, 20-22 no offer, 30-31 not known).
 * Offers run near DfE's national rates (about 96% in Year 11, 90% in Year 12), a little higher each
 * year, lower in the districts with more NEET young people and for SEND.
 */
final class SeptemberGuaranteeGenerator {
  private static final String[] OFFER = {"10", "11", "12", "13", "14", "15", "16"};
  private static final double[] OFFER_W = {0.42, 0.16, 0.30, 0.03, 0.06, 0.02, 0.01};
  private static final String[] NO_OFFER = {"20", "21", "22", "30", "31"};
  private static final double[] NO_OFFER_W = {0.40, 0.20, 0.15, 0.15, 0.10};

  private SeptemberGuaranteeGenerator() {}

  static void write(Path dropDir, long seed, double scale) throws IOException {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5E97L);
    int perGroup =
        (int) NeetTrackingGenerator.roundHalfUp(NeetTrackingGenerator.YEAR_GROUP * scale);
    int next = 1;
    try (BufferedWriter w =
        Files.newBufferedWriter(
            dropDir.resolve("september-guarantee.csv"), StandardCharsets.UTF_8)) {
      w.write("person_id,academic_year,year_group,district,offer_code,send\n");
      for (int year = 2012; year <= 2016; year++) {
        String label = year + "/" + (year + 1 - 2000);
        for (int yearGroup = 11; yearGroup <= 12; yearGroup++) {
          double base = (yearGroup == 11 ? 0.945 : 0.875) + 0.004 * (year - 2012);
          for (int i = 0; i < perGroup; i++) {
            KentDistricts.Profile d = KentDistricts.draw(r.nextDouble());
            double s = r.nextDouble();
            char send = s < 0.09 ? 'K' : s < 0.14 ? 'E' : 'N';
            double miss =
                (1 - base)
                    * d.neetFactor()
                    / KentDistricts.meanNeetFactor()
                    * (send == 'N' ? 1.0 : 1.6);
            String code =
                r.nextDouble() < miss
                    ? pick(NO_OFFER, NO_OFFER_W, r.nextDouble())
                    : pick(OFFER, OFFER_W, r.nextDouble());
            w.write(
                String.format(
                        Locale.ROOT,
                        "G%06d,%s,%d,%s,%s,%c%n",
                        next++,
                        label,
                        yearGroup,
                        d.code(),
                        code,
                        send)
                    .replace("\r\n", "\n"));
          }
        }
      }
    }
  }

  private static String pick(String[] codes, double[] weights, double u) {
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
