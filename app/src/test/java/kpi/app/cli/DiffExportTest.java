package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kpi.app.generate.NccisExampleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diff reads drops as the scorecard does: a case-management export in a subfolder, read through
 * the drop's kpi-mapping.json, with superseded activities (two rows for one person and month),
 * compares with itself as unchanged and finds one edited row exactly; and the tidy layout of the
 * same young people gives the same KPIs.
 */
class DiffExportTest {
  private static final String EXPORT_FILE = "Tracking/CCIS extract March 2017.csv";

  @TempDir static Path dir;
  static Path tidy;
  static Path export;
  static Path edited;
  static String catalog;

  @BeforeAll
  static void drops() throws Exception {
    tidy = dir.resolve("tidy");
    export = dir.resolve("export");
    edited = dir.resolve("edited");
    NccisExampleGenerator.write(tidy, export, 20170131L, 1500);
    NccisExampleGenerator.write(null, edited, 20170131L, 1500);
    catalog =
        Path.of(DiffExportTest.class.getResource("/catalogs/nccis-figures.json").toURI())
            .toString();
    Path file = edited.resolve(EXPORT_FILE);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    List<String> header = List.of(lines.get(0).split(",", -1));
    int activity = header.indexOf("Current Activity");
    int status = header.indexOf("Cohort Status");
    for (int i = lines.size() - 1; i > 0; i--) {
      String[] c = lines.get(i).split(",", -1);
      if (c[status].equals("P") && !c[activity].isEmpty()) {
        c[activity] = c[activity].equals("330") ? "340" : "330";
        lines.set(i, String.join(",", c));
        break;
      }
    }
    Files.write(file, lines);
  }

  static JsonNode diff(Path a, Path b) throws Exception {
    CliResult r =
        CliResult.run(
            "diff",
            "-q",
            a.toString(),
            b.toString(),
            "--catalog",
            catalog,
            "--period",
            "2016/17",
            "--format",
            "json",
            "--fail-on",
            "status-change");
    assertThat(r).succeeded().noStackTrace();
    return new ObjectMapper().readTree(r.out());
  }

  static JsonNode file(JsonNode doc, String name) {
    for (JsonNode f : doc.get("files")) {
      if (f.get("file").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no file " + name + " in " + doc.get("files"));
  }

  @Test
  void anExportComparedWithItselfHasNoChanges() throws Exception {
    JsonNode doc = diff(export, export);
    assertThat(doc.get("changes").asBoolean()).isFalse();
    assertThat(file(doc, EXPORT_FILE).get("rows_before").asLong()).isGreaterThan(9000);
  }

  @Test
  void oneEditedExportRowIsOneChangedRow() throws Exception {
    JsonNode f = file(diff(export, edited), EXPORT_FILE);
    assertThat(
            List.of(
                f.get("rows_added").asLong(),
                f.get("rows_removed").asLong(),
                f.get("rows_changed").asLong(),
                f.get("newly_rejected").asLong()))
        .containsExactly(0L, 0L, 1L, 0L);
  }

  @Test
  void theTidyLayoutOfTheSamePeopleGivesTheSameKpis() throws Exception {
    JsonNode doc = diff(tidy, export);
    assertThat(doc.get("kpis")).isEmpty();
    assertThat(doc.get("failed")).isEmpty();
    // the same person-months, keyed alike although the export writes 31-Mar-2017: every tidy
    // row is found in the export (written differently, so changed), none is removed
    JsonNode before = file(doc, "neet-tracking.csv");
    JsonNode after = file(doc, EXPORT_FILE);
    assertThat(before.get("rows_removed").asLong()).isZero();
    assertThat(after.get("rows_changed").asLong()).isEqualTo(before.get("rows_before").asLong());
    assertThat(after.get("rows_added").asLong())
        .as("leavers, superseded activities, other ages")
        .isPositive();
  }
}
