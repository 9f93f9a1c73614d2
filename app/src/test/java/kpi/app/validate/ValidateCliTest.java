package kpi.app.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import kpi.app.Main;
import kpi.app.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** kpi validate's report formats and the real DfE files as comparators. */
class ValidateCliTest {
  private static final Path MINI = ProjectFiles.resource("drops/mini");

  private static String[] run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertThat(code).as(err.toString()).isEqualTo(expectedExit);
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void catalogMistakesAreReportedByValidateWithTheirJsonPath(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("kpi-catalog.json");
    Files.writeString(
        bad,
        "{\"id\": \"x\", \"kpis\": [{\"id\": \"A\", \"title\": \"t\","
            + " \"measure\": \"apprenticeships.champion_employers\", \"unit\": \"count\","
            + " \"polarity\": \"higher_is_better\", \"params\": {\"min_strats\": 5},"
            + " \"filter\": {\"care_leaver\": [\"ture\"]}}]}");
    String json = run(1, "validate", "--catalog", bad.toString(), "--format", "json")[0];
    JsonNode problems = new ObjectMapper().readTree(json).get("problems");
    java.util.List<String> catalog = new java.util.ArrayList<>();
    for (JsonNode p : problems) {
      if (p.get("check").asText().equals("catalog")) {
        catalog.add(p.get("column").asText() + ": " + p.get("message").asText());
      }
    }
    assertThat(catalog)
        .containsExactlyInAnyOrder(
            "kpis[0].params.min_strats: measure apprenticeships.champion_employers has no parameter"
                + " \"min_strats\"; did you mean \"min_starts\"?; it takes from, min_starts, to",
            "kpis[0].filter.care_leaver[0]: \"ture\" is not a yes/no value (true, false or unknown)"
                + " for care_leaver; did you mean \"true\"?");
  }

  @Test
  void junitReportIsValidXmlWithAFailingCasePerErrorCheck() throws Exception {
    String xml = run(1, "validate", "--data", MINI.toString(), "--format", "junit")[0];
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(xml)));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuites");
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element neet = (Element) suites.item(1);
    assertThat(neet.getAttribute("name")).isEqualTo("neet-tracking.csv");
    assertThat(neet.getAttribute("failures")).isEqualTo("2");
    NodeList failures = neet.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(2);
    assertThat(((Element) failures.item(0)).getAttribute("type"))
        .isIn("unknown-code", "duplicate-key");
  }

  @Test
  void githubAnnotationsFollowTheWorkflowCommandForm() {
    String out = run(1, "validate", "--data", MINI.toString(), "--format", "github")[0];
    Pattern form = Pattern.compile("::(error|warning) file=[^,:]+(,line=\\d+)?,title=[^:]+::.+");
    for (String line : out.split("\n")) {
      assertThat(line).matches(form);
    }
    assertThat(out)
        .contains(
            "::error file="
                + MINI.toString().replace(":", "%3A")
                + "/neet-tracking.csv,line=162,title=kpi unknown-code::");
  }

  @Test
  void jsonReportFollowsTheContractAndCapsProblems(@TempDir Path dir) throws Exception {
    // The mini drop with two more unknown codes: three unknown-code errors, one listed.
    Path drop = dir.resolve("drop");
    Files.createDirectories(drop.resolve("reference"));
    Files.copy(MINI.resolve("reference/districts.csv"), drop.resolve("reference/districts.csv"));
    Files.writeString(
        drop.resolve("neet-tracking.csv"),
        Files.readString(MINI.resolve("neet-tracking.csv"))
            + "X2,2017-01-31,1999-10-01,E07000105,998,N,N,N,F\n"
            + "X3,2017-01-31,1999-10-01,E07000105,997,N,N,N,F\n");
    JsonNode r =
        new ObjectMapper()
            .readTree(
                run(
                    1,
                    "validate",
                    "--data",
                    drop.toString(),
                    "--format",
                    "json",
                    "--max-problems",
                    "1")[0]);
    assertThat(r.get("schema").asText()).isEqualTo("kpi-validation/1");
    assertThat(r.get("valid").asBoolean()).isFalse();
    JsonNode p = r.get("problems").get(0);
    assertThat(p.fieldNames())
        .toIterable()
        .containsExactly("severity", "check", "file", "row", "column", "cell", "value", "message");
    assertThat(r.get("not_shown").size()).isGreaterThan(0);
    assertThat(r.get("files").get(1).get("rows_read").asInt()).isEqualTo(164);
  }

  @Test
  void strictTurnsWarningsIntoFailureAndOutputIsWrittenAtomically(@TempDir Path dir)
      throws Exception {
    Path drop = dir.resolve("drop");
    Files.createDirectories(drop);
    Files.writeString(
        drop.resolve("neet-tracking.csv"),
        "person_id,snapshot_date,"
            + "date_of_birth,district,activity_code,notes\np1,2017-01-31,1999-10-01,X,220,hello\n");
    run(0, "validate", "--data", drop.toString());
    run(1, "validate", "--data", drop.toString(), "--strict");
    Path report = dir.resolve("r.json");
    run(0, "validate", "--data", drop.toString(), "--format", "json", "-o", report.toString());
    assertThat(new ObjectMapper().readTree(report.toFile()).get("valid").asBoolean()).isTrue();
  }

  /** DfE's own files, as published, are comparator files with no errors. */
  @Test
  void realDfeFilesValidateAsComparators(@TempDir Path dir) throws Exception {
    Path real = ProjectFiles.realData();
    Path comparators = dir.resolve("comparators");
    Files.createDirectories(comparators);
    int copied = 0;
    try (var files = Files.list(real)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Files.copy(f, comparators.resolve(f.getFileName()));
        copied++;
      }
    }
    assertThat(copied).isGreaterThanOrEqualTo(10);
    JsonNode r =
        new ObjectMapper()
            .readTree(run(0, "validate", "--data", dir.toString(), "--format", "json")[0]);
    assertThat(r.get("valid").asBoolean()).isTrue();
    for (JsonNode f : r.get("files")) {
      assertThat(f.get("errors").asInt()).as(f.get("file").asText()).isZero();
      assertThat(f.get("rows_rejected").asInt()).as(f.get("file").asText()).isZero();
    }
  }
}
