package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kpi.app.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-kept returns file end to end: what the reader accepts, rejects and warns about, line by
 * line, and the figures {@code returns.value} gives the KPIs that read it, worked by hand.
 */
class ReturnsCliTest {
  @TempDir static Path drop;

  @BeforeAll
  static void aDropWithOnlyReturns() throws Exception {
    Files.createDirectories(drop.resolve("reference"));
    Files.copy(
        ProjectFiles.resource("drops/mini/reference/districts.csv"),
        drop.resolve("reference/districts.csv"));
    Files.writeString(
        drop.resolve("returns.csv"),
        String.join(
                "\n",
                "kpi_id,period,area,value,numerator,denominator,note",
                "KPI-18,2015/16,,74,,,", // line 2
                "KPI-18,2016/17,,112,,,", // 3
                "KPI-16,2015/16,,,84,290,", // 4: a rate from its counts
                "KPI-16,2016/17,,,97,301,", // 5
                "KPI-16,2016/17,Ashford,,10,40,", // 6: a district's own return
                "KPI-18,2016/17,,113,,,", // 7: the same KPI, period and area again
                "KPI-16,2014/15,,50,3,4,", // 8: value disagrees with 100 x 3 / 4
                "KPI-21,2016/17,,,5,,", // 9: numerator without denominator
                "KPI-21,2015/16,,,5,0,", // 10: denominator 0
                "KPI-21,2016/17,Nowhere,1,,,", // 11: no such district
                "KPI-21,2016-17x,,1,,,", // 12: not a period
                "KPI-99,2016/17,,1,,,")
            + "\n", // 13: not in the catalog
        StandardCharsets.UTF_8);
  }

  @Test
  void everyRejectedOrDoubtfulLineIsReportedWhereItIs() {
    CliResult r = CliResult.run("validate", "--data", drop.toString());
    assertThat(r)
        .exitedWith(1)
        .noStackTrace()
        .outContains("error: returns.csv:7: kpi_id: a return for KPI-18, 2016/17 appears earlier")
        .outContains(
            "warning: returns.csv:8: value: value 50.0 differs from 100 x numerator /"
                + " denominator = 75.0; the computed rate is used")
        .outContains("error: returns.csv:9: denominator: give both numerator and denominator")
        .outContains("error: returns.csv:10: denominator: denominator is 0")
        .outContains("error: returns.csv:11: area: area 'Nowhere' is not Kent or a district")
        .outContains("error: returns.csv:12: period: period '2016-17x' is not")
        .outContains("warning: returns.csv:13: kpi_id: kpi_id KPI-99 is not in the catalog")
        .outContains("returns.csv (returns): 12 rows read, 7 accepted, 5 rejected; 5 errors,");
  }

  @Test
  void returnsGiveTheirKpisValueAndPreviousValue() throws Exception {
    CliResult r =
        CliResult.run(
            "scorecard",
            "-q",
            "--data",
            drop.toString(),
            "--period",
            "2016/17",
            "--format",
            "json");
    assertThat(r).succeeded();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    // KPI-18: the value as written, 112 on 74; at least 100: exceeding
    JsonNode k18 = ScorecardCliTest.kpi(doc, "KPI-18");
    assertThat(k18.get("value").asDouble()).isEqualTo(112.0);
    assertThat(k18.get("previous").get("value").asDouble()).isEqualTo(74.0);
    assertThat(k18.get("status").asText()).isEqualTo("EXCEEDING");
    // KPI-16: 100 x 97 / 301 = 32.2259%, on 100 x 84 / 290 = 28.9655%; at least 30% with a
    // margin of 1.5 points: 32.23 >= 31.5, so exceeding
    JsonNode k16 = ScorecardCliTest.kpi(doc, "KPI-16");
    assertThat(k16.get("numerator").asDouble()).isEqualTo(97.0);
    assertThat(k16.get("denominator").asDouble()).isEqualTo(301.0);
    assertThat(k16.get("value").asDouble()).isCloseTo(32.2259, within(5e-5));
    assertThat(k16.get("previous").get("value").asDouble()).isCloseTo(28.9655, within(5e-5));
    assertThat(k16.get("status").asText()).isEqualTo("EXCEEDING");
    assertThat(k16.get("direction").asText()).isEqualTo("IMPROVING");
  }
}
