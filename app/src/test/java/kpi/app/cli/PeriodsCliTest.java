package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import kpi.app.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the scorecard's period is chosen, written and labelled (product.md, --period). */
class PeriodsCliTest {
  private static final Path SAMPLE = ProjectFiles.resource("kpi/sample-data");

  @TempDir static Path dir;

  private static Path drop;

  /** The sample drop with one early 2017/18 return and a return for a computed KPI. */
  @BeforeAll
  static void copySample() throws IOException {
    drop = dir.resolve("drop");
    try (Stream<Path> files = Files.walk(SAMPLE)) {
      for (Path p : files.toList()) {
        Path to = drop.resolve(SAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Files.writeString(
        drop.resolve("returns.csv"),
        "KPI-04,2017/18,,12,,,Every district still has a partnership\n"
            + "KPI-07,2016/17,,1.2,,,Kept by hand although the tracking data computes it\n",
        StandardOpenOption.APPEND);
  }

  @Test
  void oneEarlyReturnDoesNotMoveTheDefaultPeriod() throws Exception {
    CliResult r = CliResult.run("scorecard", "--data", drop.toString(), "--format", "json");
    // 2017/18 has a value for KPI-04's return and three cumulative or April-March apprenticeship
    // KPIs that reach into it (4 of 42, counting the nine DfE scorecard context KPIs); 2016/17
    // has all 42. The latest year with any value was 2017/18, with 38 KPIs showing no data.
    assertThat(r)
        .succeeded()
        .errContains(
            "period 2016/17, the latest academic year in which most"
                + " KPIs have a value (42 of 42); 2017/18 has 4 of 42");
    org.assertj.core.api.Assertions.assertThat(
            new ObjectMapper().readTree(r.out()).get("period").asText())
        .isEqualTo("2016/17");
  }

  @Test
  void aPeriodWhereMostKpisHaveNoDataIsWarnedAbout() {
    assertThat(CliResult.run("scorecard", "--data", drop.toString(), "--period", "2017/18"))
        .succeeded()
        .errContains("warning: 38 of 42 KPIs have no data for 2017/18");
  }

  @Test
  void quartersAndFourDigitYearsAreAccepted() throws Exception {
    CliResult q =
        CliResult.run(
            "scorecard", "--data", drop.toString(), "--period", "2017-Q1", "--format", "json");
    assertThat(q).succeeded();
    JsonNode doc = new ObjectMapper().readTree(q.out());
    org.assertj.core.api.Assertions.assertThat(doc.get("period").asText()).isEqualTo("2017-Q1");
    for (JsonNode k : doc.get("kpis")) {
      if (k.get("id").asText().equals("NEET-2")) {
        // a monthly measure: January-March 2017, against October-December 2016
        org.assertj.core.api.Assertions.assertThat(k.get("period").asText()).isEqualTo("2017-Q1");
        org.assertj.core.api.Assertions.assertThat(k.get("previous").get("period").asText())
            .isEqualTo("2016-Q4");
      }
      if (k.get("id").asText().equals("KPI-01")) {
        // a yearly measure: its academic year, against the previous academic year
        org.assertj.core.api.Assertions.assertThat(k.get("period").asText()).isEqualTo("2016/17");
        org.assertj.core.api.Assertions.assertThat(k.get("previous").get("period").asText())
            .isEqualTo("2015/16");
        org.assertj.core.api.Assertions.assertThat(k.get("notes").get(0).asText())
            .startsWith("measured yearly");
      }
    }
    CliResult y =
        CliResult.run(
            "scorecard", "--data", drop.toString(), "--period", "2016/2017", "--format", "json");
    assertThat(y).succeeded();
    org.assertj.core.api.Assertions.assertThat(
            new ObjectMapper().readTree(y.out()).get("period").asText())
        .isEqualTo("2016/17");
  }

  @Test
  void aMonthlyScorecardNeverComparesAYearlyKpiWithItself() {
    // KPI-04 (returns, yearly): 12 in 2016/17 against 11 in 2015/16, not "no change" on "2016-12"
    assertThat(
            CliResult.run(
                "scorecard", "--data", drop.toString(), "--period", "2017-01", "--format", "md"))
        .succeeded()
        .outContains("12 (2016/17)")
        .outContains("11 (2015/16)");
  }

  @Test
  void aReturnForAComputedKpiIsAWarning() {
    assertThat(CliResult.run("validate", "--data", drop.toString(), "--format", "json"))
        .succeeded()
        .outContains("\"check\" : \"computed-kpi\"")
        .outContains("KPI KPI-07 is computed from the data (neet.neet_rate)");
  }
}
