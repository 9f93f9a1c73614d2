package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status a data pack gives a district, worked by hand on the mini drop (its README has the
 * counts), read from the pack's Summary sheet with small numbers shown: rates are judged against
 * the county's threshold, not the county's value.
 */
class DistrictStatusCliTest {

  @Test
  void districtsAreJudgedAgainstTheCountysThreshold(@TempDir Path out) throws Exception {
    assertThat(
            CliResult.run(
                "datapack",
                "-q",
                "--data",
                ScorecardCliTest.MINI,
                "--district",
                "Ashford",
                "--district",
                "Canterbury",
                "--format",
                "xlsx",
                "--no-suppression",
                "--out",
                out.toString()))
        .succeeded();
    String ashford = GoldenOutputsTest.sheets(out.resolve("ashford.xlsx"));
    String canterbury = GoldenOutputsTest.sheets(out.resolve("canterbury.xlsx"));
    // KPI-07, at most 1.0% (amber to 1.05%): Ashford 1 NEET a month of 10 = 10.0%; Canterbury
    // (2 + 1 + 0) / 3 = 1 of 9 (one in custody) = 11.1%: both requiring improvement.
    assertThat(summaryRow(ashford, "KPI-07")).contains("=10.0%").contains("=requires improvement");
    assertThat(summaryRow(canterbury, "KPI-07"))
        .contains("=11.1%")
        .contains("=requires improvement");
    // PART-1, at least 95.0% with 4.75 points of amber (from 90.25%): Ashford 9 of 10 = 90.0%
    // and Canterbury 8 of 9 = 88.9% are both below the amber band.
    assertThat(summaryRow(ashford, "PART-1")).contains("=90.0%").contains("=requires improvement");
    assertThat(summaryRow(canterbury, "PART-1"))
        .contains("=88.9%")
        .contains("=requires improvement");
  }

  /** The Summary sheet's row for one KPI, as rendered by {@link GoldenOutputsTest#sheets}. */
  private static String summaryRow(String workbook, String id) {
    String summary = workbook.substring(workbook.indexOf("== Summary"));
    summary = summary.substring(0, summary.indexOf("\n== ", 1));
    return Arrays.stream(summary.split("\n", -1))
        .filter(l -> l.contains("=" + id + " | "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Summary row for " + id));
  }
}
