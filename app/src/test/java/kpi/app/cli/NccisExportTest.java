package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import kpi.app.generate.NccisExampleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same young people, once in the tidy layout and once as a case-management export of their
 * NCCIS records (renamed headings, dd-MMM-yyyy dates, cohort status with leavers, IC codes, EHC
 * plan and SEN support flags, postcodes only, earlier activities beside current ones, Year 11 and
 * 18-24 rows, in a subfolder with an everyday name, read through kpi-mapping.json), give exactly
 * the same figures: value, numerator and denominator of every KPI and every breakdown cell.
 */
class NccisExportTest {
  @TempDir static Path dir;
  static Path tidy;
  static Path export;
  static String catalog;

  @BeforeAll
  static void generate() throws Exception {
    tidy = dir.resolve("tidy");
    export = dir.resolve("export");
    NccisExampleGenerator.write(tidy, export, 20170131L, 4000);
    catalog =
        Path.of(NccisExportTest.class.getResource("/catalogs/nccis-figures.json").toURI())
            .toString();
  }

  private static JsonNode scorecard(Path drop) throws Exception {
    CliResult r =
        CliResult.run(
            "scorecard",
            "--data",
            drop.toString(),
            "--catalog",
            catalog,
            "--period",
            "2016/17",
            "--format",
            "json");
    assertThat(r).succeeded().noStackTrace();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void exportGivesTheTidyLayoutsFigures() throws Exception {
    JsonNode a = scorecard(tidy);
    JsonNode b = scorecard(export);
    assertThat(b.get("mapping").get("name").asText()).isEqualTo("kpi-mapping.json");
    assertThat(a.get("kpis")).hasSize(10);
    for (int i = 0; i < a.get("kpis").size(); i++) {
      JsonNode ka = a.get("kpis").get(i);
      JsonNode kb = b.get("kpis").get(i);
      String id = ka.get("id").asText();
      assertThat(ka.get("value").isNumber()).as(id + " has a value").isTrue();
      assertThat(ka.get("denominator").asDouble()).as(id + " has a real cohort").isGreaterThan(5);
      for (String field : new String[] {"value", "numerator", "denominator"}) {
        assertThat(kb.get(field)).as(id + " " + field).isEqualTo(ka.get(field));
      }
      assertThat(kb.get("breakdown")).as(id + " breakdown").isEqualTo(ka.get("breakdown"));
    }
  }

  @Test
  void exportIsReadWithItsNccisSemanticsReported() throws Exception {
    CliResult r = CliResult.run("validate", "--data", export.toString(), "--format", "json");
    JsonNode doc = new ObjectMapper().readTree(r.out());
    JsonNode file = null;
    for (JsonNode f : doc.get("files")) {
      if (f.get("kind").asText().equals("neet-tracking")) {
        file = f;
      }
    }
    assertThat(file).isNotNull();
    assertThat(file.get("file").asText()).isEqualTo("Tracking/CCIS extract March 2017.csv");
    assertThat(file.get("rows_rejected").asLong()).isZero();
    assertThat(file.get("rows_read").asLong())
        .isGreaterThan(Files.readAllLines(tidy.resolve("neet-tracking.csv")).size() - 1);
    StringBuilder checks = new StringBuilder();
    doc.get("problems").forEach(p -> checks.append(p.get("check").asText()).append(' '));
    assertThat(checks.toString())
        .contains("superseded-activity")
        .doesNotContain("pre16-code-post16")
        .doesNotContain("unknown-district");
  }

  @Test
  void explainCountsTheLeavers() throws Exception {
    CliResult r =
        CliResult.run(
            "explain",
            "NEET",
            "--data",
            export.toString(),
            "--catalog",
            catalog,
            "--period",
            "2016/17");
    assertThat(r).succeeded();
    assertThat(r.out()).contains("left the cohort this month");
  }
}
