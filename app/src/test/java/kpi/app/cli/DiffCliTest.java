package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import kpi.app.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpi diff} end to end: formats, exit codes and the bad inputs the issue lists. */
class DiffCliTest {
  private static final Path MINI = Path.of(ScorecardCliTest.MINI);

  @TempDir static Path dir;
  static Path card;

  @BeforeAll
  static void scorecard() {
    card = dir.resolve("mini.json");
    assertThat(CliResult.run("scorecard", "-q", "--data", MINI.toString(), "-o", card.toString()))
        .succeeded();
  }

  static Path copy(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  /** The scorecard JSON with one KPI's field replaced. */
  static Path edited(String name, String kpi, String field, String value) throws Exception {
    ObjectMapper m = new ObjectMapper();
    JsonNode doc = m.readTree(card.toFile());
    for (JsonNode k : doc.get("kpis")) {
      if (k.get("id").asText().equals(kpi)) {
        ((ObjectNode) k).put(field, value);
      }
    }
    Path out = dir.resolve(name);
    m.writeValue(out.toFile(), doc);
    return out;
  }

  @Test
  void identicalDropsSayNoChangesAndExitZero() {
    CliResult r =
        CliResult.run(
            "diff",
            MINI.toString(),
            MINI.toString(),
            "--fail-on",
            "status-change",
            "--fail-on",
            "newly-rejected>0",
            "--fail-on",
            "rows-removed>0%");
    assertThat(r)
        .succeeded()
        .outContains("no changes")
        .outContains("passed status-change")
        .noStackTrace();
  }

  @Test
  void aStatusFlipInScorecardJsonFailsTheGateInEveryFormat() throws Exception {
    Path flipped = edited("flipped.json", "NEET-2", "status", "NEAR_TARGET");
    CliResult json =
        CliResult.run(
            "diff",
            card.toString(),
            flipped.toString(),
            "--format",
            "json",
            "--fail-on",
            "status-change",
            "--fail-on",
            "restated>0.1pp");
    assertThat(json).exitedWith(1).noStackTrace();
    JsonNode doc = new ObjectMapper().readTree(json.out());
    List<String> keys = new ArrayList<>();
    doc.fieldNames().forEachRemaining(keys::add);
    assertThat(keys.subList(0, 5)).containsExactly("schema", "period", "files", "kpis", "failed");
    assertThat(doc.get("schema").asText()).isEqualTo("kpi-diff/1");
    assertThat(doc.get("files")).isEmpty();
    assertThat(doc.get("kpis")).hasSize(1);
    JsonNode k = doc.get("kpis").get(0);
    assertThat(k.get("id").asText()).isEqualTo("NEET-2");
    assertThat(k.get("after").get("status").asText()).isEqualTo("NEAR_TARGET");
    assertThat(k.get("status_changed").asBoolean()).isTrue();
    assertThat(k.get("restated").asBoolean()).isFalse();
    assertThat(k.get("change").asDouble()).isZero();
    Iterator<JsonNode> failed = doc.get("failed").elements();
    assertThat(failed.next().asText()).isEqualTo("status-change NEET-2");
    assertThat(failed.hasNext()).isFalse();

    CliResult github =
        CliResult.run(
            "diff",
            card.toString(),
            flipped.toString(),
            "--format",
            "github",
            "--fail-on",
            "status-change");
    assertThat(github)
        .exitedWith(1)
        .outContains("::error title=kpi diff status-change::NEET-2 status ");
    assertThat(github.out()).contains("::notice title=kpi diff ");

    Path md = dir.resolve("comment.md");
    CliResult written =
        CliResult.run(
            "diff",
            card.toString(),
            flipped.toString(),
            "-o",
            md.toString(),
            "--fail-on",
            "status-change");
    assertThat(written).exitedWith(1).errContains("wrote " + md);
    assertThat(Files.readString(md))
        .startsWith("### kpi diff: ")
        .contains("**Failed:** `status-change`")
        .contains("| NEET-2 ");

    CliResult text = CliResult.run("diff", card.toString(), flipped.toString());
    assertThat(text)
        .succeeded()
        .outContains("KPIs changed")
        .outContains("NEET-2")
        .outContains("-> NEAR_TARGET");
  }

  @Test
  void aRestatedValueIsMeasuredInPointsOrRelative() throws Exception {
    ObjectMapper m = new ObjectMapper();
    JsonNode doc = m.readTree(card.toFile());
    double value = 0;
    for (JsonNode k : doc.get("kpis")) {
      if (k.get("id").asText().equals("NEET-2")) {
        value = k.get("value").asDouble();
        ((ObjectNode) k).put("value", value + 0.2);
      }
    }
    Path moved = dir.resolve("moved.json");
    m.writeValue(moved.toFile(), doc);
    assertThat(
            CliResult.run(
                "diff", card.toString(), moved.toString(), "--fail-on", "restated>0.25pp"))
        .succeeded();
    assertThat(
            CliResult.run(
                "diff", card.toString(), moved.toString(), "--fail-on", "restated>0.15pp"))
        .exitedWith(1)
        .outContains("FAILED restated>0.15pp: NEET-2");
    double percent = 0.2 * 100 / value;
    assertThat(
            CliResult.run(
                "diff",
                card.toString(),
                moved.toString(),
                "--fail-on",
                "restated>" + Math.floor(percent * 0.9 * 100) / 100 + "%"))
        .exitedWith(1);
  }

  @Test
  void aDropComparedWithItsOwnScorecardHasNoChanges() {
    assertThat(
            CliResult.run("diff", card.toString(), MINI.toString(), "--fail-on", "status-change"))
        .succeeded()
        .outContains("no changes")
        .outContains("the KPIs are compared, not the files");
  }

  @Test
  void quintilesOfAComputedDropMatchItsOwnScorecard() {
    // The DfE NEET scorecard gives every KPI a quintile. Diffing the sample drop against the
    // JSON it produced must find nothing: a computed side that dropped its quintiles (null
    // against 1-5) would report a quintile change on every KPI.
    Path sampleCard = dir.resolve("sample-dfe.json");
    assertThat(
            CliResult.run(
                "scorecard", "-q", "--catalog", "dfe-neet-scorecard", "-o", sampleCard.toString()))
        .succeeded();
    CliResult r =
        CliResult.run(
            "diff",
            "-q",
            "--catalog",
            "dfe-neet-scorecard",
            sampleCard.toString(),
            ProjectFiles.resource("kpi/sample-data").toString());
    assertThat(r).succeeded().outContains("no changes");
    org.assertj.core.api.Assertions.assertThat(r.out()).doesNotContain("quintile");
  }

  @Test
  void helpListsTheRulesAndExitCodesCleanly() {
    // picocli warns on the process's stderr when a description's % is not escaped
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
    CliResult r;
    try {
      System.setErr(new java.io.PrintStream(stderr, true, java.nio.charset.StandardCharsets.UTF_8));
      r = CliResult.run("diff", "--help");
    } finally {
      System.setErr(saved);
    }
    assertThat(r)
        .succeeded()
        .outContains("rows-removed>1%.")
        .outContains("restated>2%")
        .outContains("diff met a --fail-on rule");
    assertThat(r.err() + stderr.toString(java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("WARN");
  }

  @Test
  void malformedRulesAreUsageErrors() {
    for (String rule : List.of("status", "restated>0.1", "rows-removed>1", "newly-rejected>x")) {
      assertThat(CliResult.run("diff", MINI.toString(), MINI.toString(), "--fail-on", rule))
          .exitedWith(2)
          .errContains("kpi: ")
          .noStackTrace();
    }
  }

  @Test
  void anotherSchemaVersionIsNamed() throws Exception {
    Path v2 = dir.resolve("v2.json");
    Files.writeString(
        v2, Files.readString(card).replace("\"kpi-scorecard/1\"", "\"kpi-scorecard/2\""));
    assertThat(CliResult.run("diff", card.toString(), v2.toString()))
        .exitedWith(3)
        .errContains("schema kpi-scorecard/2 is not supported")
        .errContains("kpi-scorecard/1")
        .noStackTrace();
    Path other = dir.resolve("validation.json");
    Files.writeString(other, "{\"schema\": \"kpi-validation/1\", \"valid\": true}");
    assertThat(CliResult.run("diff", other.toString(), card.toString()))
        .exitedWith(3)
        .errContains("schema kpi-validation/1 is not supported");
  }

  @Test
  void differentPeriodsOrCatalogsAreUsageErrors() throws Exception {
    Path earlier = dir.resolve("earlier.json");
    Files.writeString(
        earlier,
        Files.readString(card).replace("\"period\" : \"2016/17\"", "\"period\" : \"2015/16\""));
    assertThat(CliResult.run("diff", earlier.toString(), card.toString()))
        .exitedWith(2)
        .errContains("different periods (2015/16 and 2016/17)")
        .noStackTrace();

    Path other = copy(MINI, dir.resolve("other-catalog"));
    Files.writeString(
        other.resolve("kpi-catalog.json"),
        kpi.app.load.CatalogChoice.bundledText("notts-care-leavers-2018"));
    assertThat(CliResult.run("diff", MINI.toString(), other.toString()))
        .exitedWith(2)
        .errContains("different catalogs")
        .errContains("give --catalog")
        .noStackTrace();
  }

  @Test
  void dropsWhoseLatestYearsDifferNeedAPeriod() throws Exception {
    Path earlier = dir.resolve("earlier-drop");
    Files.createDirectories(earlier.resolve("reference"));
    Path sample = ProjectFiles.resource("kpi/sample-data");
    Files.copy(
        sample.resolve("reference/districts.csv"), earlier.resolve("reference/districts.csv"));
    Files.copy(
        sample.resolve("neet-tracking-2015-16.csv"), earlier.resolve("neet-tracking-2015-16.csv"));
    assertThat(CliResult.run("diff", earlier.toString(), MINI.toString()))
        .exitedWith(2)
        .errContains("different periods")
        .errContains("is 2015/16 and ")
        .errContains("give --period")
        .noStackTrace();
    assertThat(
            CliResult.run(
                "diff",
                "-q",
                earlier.toString(),
                MINI.toString(),
                "--period",
                "2016/17",
                "--format",
                "json"))
        .succeeded()
        .outContains("\"period\" : \"2016/17\"");
  }

  @Test
  void missingOrUnknownInputsAreInputErrors() throws Exception {
    assertThat(CliResult.run("diff", MINI.toString(), dir.resolve("nowhere").toString()))
        .exitedWith(3)
        .errContains("does not exist")
        .noStackTrace();
    Path csv = dir.resolve("x.csv");
    Files.writeString(csv, "a,b\n");
    assertThat(CliResult.run("diff", MINI.toString(), csv.toString()))
        .exitedWith(2)
        .errContains("neither a data drop folder nor a scorecard JSON");
  }

  @Test
  void rowChangesInADropAreCountedByKey() throws Exception {
    Path after = copy(MINI, dir.resolve("mini-after"));
    Path neet = after.resolve("neet-tracking.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(neet));
    lines.remove(1);
    lines.remove(1);
    Files.write(neet, lines);
    CliResult r =
        CliResult.run(
            "diff",
            MINI.toString(),
            after.toString(),
            "--format",
            "json",
            "--fail-on",
            "rows-removed>0%");
    assertThat(r).exitedWith(1);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    JsonNode file = null;
    for (JsonNode f : doc.get("files")) {
      if (f.get("file").asText().equals("neet-tracking.csv")) {
        file = f;
      }
    }
    assertThat(file).isNotNull();
    assertThat(file.get("rows_removed").asLong()).isEqualTo(2);
    assertThat(doc.get("before").asText()).as("no absolute paths").isEqualTo("mini");
    assertThat(doc.get("after").asText()).isEqualTo("mini-after");
    assertThat(file.get("rows_added").asLong()).isZero();
    assertThat(file.get("rows_changed").asLong()).isZero();
    assertThat(doc.get("failed").get(0).asText()).isEqualTo("rows-removed>0% neet-tracking");
  }
}
