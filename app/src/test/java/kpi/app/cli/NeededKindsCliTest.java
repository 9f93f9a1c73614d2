package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Computing commands read only the kinds the catalog's KPIs use; validate reads everything. */
class NeededKindsCliTest {

  private static List<String> inputKinds(JsonNode doc) {
    List<String> kinds = new ArrayList<>();
    doc.get("inputs").forEach(f -> kinds.add(f.get("kind").asText()));
    return kinds;
  }

  @Test
  void anApprenticeshipCatalogLeavesTrackingAndAttainmentFilesUnreadAndSaysSo() throws Exception {
    CliResult r =
        CliResult.run("scorecard", "--catalog", "kent-apprenticeships-2014", "--format", "json");
    assertThat(r)
        .succeeded()
        .noStackTrace()
        .errContains(
            "neet-tracking-2016-17.csv: not read: catalog kent-apprenticeships-2014 has"
                + " no KPI with a neet.* measure (kpi validate reads it)")
        .errContains(
            "attainment-ks4.csv: not read: catalog kent-apprenticeships-2014 has no KPI"
                + " with a ks4.* measure");
    List<String> kinds = inputKinds(new ObjectMapper().readTree(r.out()));
    assertThat(kinds)
        .contains("apprenticeship-starts", "reference/districts")
        .doesNotContain(
            "neet-tracking",
            "attainment-ks4",
            "attainment-16-18",
            "attainment-age19",
            "september-guarantee");
  }

  @Test
  void aCatalogUsingEveryDataKindButLevyReadsEveryOtherFile() throws Exception {
    CliResult r = CliResult.run("scorecard", "--format", "json");
    assertThat(r).succeeded();
    // The Kent catalog uses every kind but the levy statements (no levy KPI): only those are
    // left unread.
    assertThat(r.err().lines().filter(l -> l.contains("not read:")).toList())
        .containsExactly(
            "levy.csv: not read: catalog kent-14-24-2017 has no KPI with a levy.* measure"
                + " (kpi validate reads it)");
    assertThat(inputKinds(new ObjectMapper().readTree(r.out())))
        .contains(
            "neet-tracking",
            "apprenticeship-starts",
            "attainment-ks4",
            "attainment-16-18",
            "attainment-age19");
  }

  @Test
  void validateStillReadsEveryFile() throws Exception {
    CliResult r =
        CliResult.run("validate", "--catalog", "kent-apprenticeships-2014", "--format", "json");
    assertThat(r.err()).doesNotContain("not read:");
    assertThat(r.out()).contains("neet-tracking").contains("attainment-ks4");
  }
}
