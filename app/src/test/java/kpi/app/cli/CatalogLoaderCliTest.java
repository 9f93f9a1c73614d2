package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog loader through the command line: each mistake in a catalog file is a usage error
 * (exit 2) that names the file, the JSON path and what is wrong, with no stack trace.
 */
class CatalogLoaderCliTest {
  private static final String KPI =
      "{\"id\": \"A\", \"title\": \"t\", \"measure\":"
          + " \"neet.neet_rate\", \"unit\": \"percent\", \"polarity\": \"lower_is_better\","
          + " \"target\": {\"rule\": \"at_most\", \"value\": 5}}";

  @TempDir Path dir;

  private CliResult scorecard(String catalog) throws Exception {
    Path file = dir.resolve("catalog.json");
    Files.writeString(file, catalog, StandardCharsets.UTF_8);
    return CliResult.run(
        "scorecard",
        "-q",
        "--data",
        ScorecardCliTest.MINI,
        "--catalog",
        file.toString(),
        "--format",
        "json");
  }

  @Test
  void aWellFormedCatalogIsUsed() throws Exception {
    assertThat(scorecard("{\"id\": \"x\", \"kpis\": [" + KPI + "]}"))
        .succeeded()
        .outContains("\"id\" : \"A\"");
  }

  @Test
  void eachMistakeIsNamedWhereItIs() throws Exception {
    assertThat(scorecard("{\"id\": \"x\", \"kpis\": [" + KPI + ", " + KPI + "]}"))
        .exitedWith(2)
        .errContains("catalog.json: kpis[1]: KPI id A appears twice")
        .noStackTrace();
    assertThat(
            scorecard(
                "{\"id\": \"x\", \"kpis\": ["
                    + KPI.replace("neet.neet_rate", "neet.neet_rat")
                    + "]}"))
        .exitedWith(2)
        .errContains(
            "catalog.json: kpis[0].measure: \"neet.neet_rat\" is not a measure; did you"
                + " mean \"neet.neet_rate\"?")
        .noStackTrace();
    assertThat(
            scorecard("{\"id\": \"x\", \"kpis\": [" + KPI.replace("\"title\": \"t\", ", "") + "]}"))
        .exitedWith(2)
        .errContains("catalog.json: kpis[0].title: is required")
        .noStackTrace();
    assertThat(
            scorecard(
                "{\"id\": \"x\", \"kpis\": ["
                    + KPI.replace("\"value\": 5", "\"value\": \"five\"")
                    + "]}"))
        .exitedWith(2)
        .errContains("catalog.json: kpis[0].target.value: must be a number")
        .noStackTrace();
    assertThat(scorecard("{\"id\": \"x\", \"kpis\": [" + KPI.replace(", \"value\": 5", "") + "]}"))
        .exitedWith(2)
        .errContains("catalog.json: kpis[0].target: target rule at_most needs a value")
        .noStackTrace();
    assertThat(scorecard("{\"id\": \"x\", \"kpis\": [" + KPI))
        .exitedWith(2)
        .errContains("catalog.json: line 1, column")
        .errContains("not valid JSON")
        .noStackTrace();
  }
}
