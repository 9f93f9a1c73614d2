package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures that lie exactly on a target or on a rounding tie, through the whole command: uneven
 * winter months whose Dec-Feb rate is a whole or .x5 number only when the summed counts are divided
 * once.
 */
class BoundaryFiguresCliTest {
  private static final String ASHFORD = "E07000105";
  private static final String CANTERBURY = "E07000106";

  @TempDir Path dir;

  /** Writes {@code neet[i]} NEET (540) and the rest in education (210) for Dec, Jan and Feb. */
  private static void winter(StringBuilder csv, String district, long[] neet, long[] cohort) {
    LocalDate[] snapshots = {
      LocalDate.of(2016, 12, 31), LocalDate.of(2017, 1, 31), LocalDate.of(2017, 2, 28)
    };
    for (int m = 0; m < 3; m++) {
      for (int i = 0; i < cohort[m]; i++) {
        // born January 2000: 16 on 31 August 2016, academic age 16 in 2016/17
        csv.append(district)
            .append('-')
            .append(i)
            .append(',')
            .append(snapshots[m])
            .append(",2000-01-15,")
            .append(district)
            .append(',')
            .append(i < neet[m] ? "540" : "210")
            .append(",N,N,N,F\n");
      }
    }
  }

  private Path drop() throws IOException {
    Path drop = dir.resolve("drop");
    Files.createDirectories(drop.resolve("reference"));
    Files.writeString(
        drop.resolve("reference/districts.csv"),
        "code,name,order,former_names\n"
            + ASHFORD
            + ",Ashford,1,\n"
            + CANTERBURY
            + ",Canterbury,2,\n");
    StringBuilder csv =
        new StringBuilder(
            "person_id,snapshot_date,date_of_birth,district,activity_code,send,looked_after,"
                + "care_leaver,gender\n");
    // Ashford: NEET 1, 2, 2 of 166, 167, 167 -> 100 x 5 / 500 = 1.0 exactly
    winter(csv, ASHFORD, new long[] {1, 2, 2}, new long[] {166, 167, 167});
    // Canterbury: NEET 4, 4, 5 of 133, 133, 134 -> 100 x 13 / 400 = 3.25 exactly (prints 3.3%)
    winter(csv, CANTERBURY, new long[] {4, 4, 5}, new long[] {133, 133, 134});
    Files.writeString(drop.resolve("neet-tracking.csv"), csv);
    Files.writeString(
        drop.resolve("kpi-catalog.json"),
        """
        {"id": "boundaries", "title": "Boundaries",
         "defaults": {"amber_tolerance": {"absolute": 0.5}, "exceed_margin": {"absolute": 0.5}},
         "kpis": [
          {"id": "ON-TARGET", "title": "Ashford NEET at most 1%", "measure": "neet.neet_rate",
           "filter": {"district": ["ASHFORD"]}, "unit": "percent", "polarity": "lower_is_better",
           "target": {"rule": "at_most", "value": 1.0}},
          {"id": "TIE", "title": "Canterbury NEET at most 3.25%", "measure": "neet.neet_rate",
           "filter": {"district": ["CANTERBURY"]}, "unit": "percent", "polarity": "lower_is_better",
           "target": {"rule": "at_most", "value": 3.25}}
         ]}
        """
            .replace("ASHFORD", ASHFORD)
            .replace("CANTERBURY", CANTERBURY));
    return drop;
  }

  @Test
  void aRateExactlyOnItsTargetAchievesIt() throws Exception {
    CliResult r =
        CliResult.run(
            "scorecard", "--data", drop().toString(), "--period", "2016/17", "--format", "json");
    assertThat(r).succeeded();
    JsonNode kpis = new ObjectMapper().readTree(r.out()).get("kpis");
    // 5 NEET out of 500 cohort-months: 1.0, not 1.0000000000000002 (which was NEAR_TARGET)
    org.assertj.core.api.Assertions.assertThat(kpis.get(0).get("value").asDouble()).isEqualTo(1.0);
    org.assertj.core.api.Assertions.assertThat(kpis.get(0).get("status").asText())
        .isEqualTo("ACHIEVING");
    // 13 out of 400: 3.25, not 3.2499999999999996
    org.assertj.core.api.Assertions.assertThat(kpis.get(1).get("value").asDouble()).isEqualTo(3.25);
    org.assertj.core.api.Assertions.assertThat(kpis.get(1).get("status").asText())
        .isEqualTo("ACHIEVING");
  }

  @Test
  void aHalfwayRatePrintsRoundedUp() throws Exception {
    CliResult r =
        CliResult.run(
            "scorecard", "--data", drop().toString(), "--period", "2016/17", "--format", "md");
    // 3.25 half up to one place is 3.3 (the three-rounding figure printed 3.2%)
    assertThat(r).succeeded().outContains("3.3%").outContains("1.0%");
    org.assertj.core.api.Assertions.assertThat(r.out()).doesNotContain("3.2%");
  }
}
