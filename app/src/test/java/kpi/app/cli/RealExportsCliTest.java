package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kpi.app.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports as systems and Excel write them: decimal commas, names, presets, empty drops. */
class RealExportsCliTest {
  private static final Path SAMPLE = ProjectFiles.resource("kpi/sample-data");

  @TempDir Path dir;

  @Test
  void semicolonDecimalCommaFileGivesTheSameScorecard() throws Exception {
    Path drop = copySample(dir.resolve("euro"));
    Path ks5 = drop.resolve("attainment-16-18.csv");
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(ks5, StandardCharsets.UTF_8)) {
      // European-locale Excel: ';' between fields, ',' for the decimal mark (31.21 -> 31,21).
      out.add(line.replace(',', ';').replaceAll("(\\d)\\.(\\d)", "$1,$2"));
    }
    Files.write(ks5, out, StandardCharsets.UTF_8);
    assertThat(Files.readString(ks5)).contains(";31,21;");

    JsonNode original = scorecard(SAMPLE);
    CliResult r = CliResult.run("scorecard", "--data", drop.toString(), "--format", "json");
    assertThat(r).succeeded().errContains("read with a decimal comma");
    JsonNode euro = new ObjectMapper().readTree(r.out());
    assertThat(euro.get("kpis")).isEqualTo(original.get("kpis"));
    assertThat(kpi(euro, "KPI-08a").get("value").asDouble()).isBetween(20.0, 40.0);
  }

  @Test
  void commaDecimalInACommaFileIsAnErrorNotAThousandsSeparator() throws Exception {
    Path drop = copySample(dir.resolve("bad"));
    Path ks5 = drop.resolve("attainment-16-18.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(ks5, StandardCharsets.UTF_8));
    // A points value written "31,21" in a comma-separated file (quoted, as Excel does).
    lines.set(1, lines.get(1).replace(",31.21,", ",\"31,21\","));
    Files.write(ks5, lines, StandardCharsets.UTF_8);
    CliResult r = CliResult.run("validate", "--data", drop.toString());
    assertThat(r)
        .exitedWith(1)
        .outContains("attainment-16-18.csv:2: points:")
        .outContains("'31,21' is not a number")
        .outContains("decimal comma?");
  }

  @Test
  void emptyDropFailsValidationEvenWithoutStrict() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    for (String[] args : new String[][] {{}, {"--strict"}, {"--format", "json"}}) {
      List<String> all = new ArrayList<>(List.of("validate", "--data", empty.toString()));
      all.addAll(List.of(args));
      CliResult r = CliResult.run(all.toArray(String[]::new));
      assertThat(r).exitedWith(1).outContains("holds no data file");
    }
    CliResult json = CliResult.run("validate", "--data", empty.toString(), "--format", "json");
    assertThat(json).outContains("\"check\" : \"empty-drop\"");
    CliResult sc = CliResult.run("scorecard", "--data", empty.toString());
    assertThat(sc).exitedWith(1).errContains("holds no data file");
  }

  @Test
  void misnamedFilesAreListedWithTheirClosestKind() throws Exception {
    Path drop = Files.createDirectories(dir.resolve("misnamed"));
    Files.copy(SAMPLE.resolve("attainment-ks4.csv"), drop.resolve("KS4_results.csv"));
    CliResult r = CliResult.run("validate", "--data", drop.toString());
    assertThat(r)
        .exitedWith(1)
        .outContains("KS4_results.csv: is not read")
        .outContains("closest: attainment-ks4")
        .outContains("holds no data file");
  }

  @Test
  void everydayNamesAndSubfoldersAreFound() throws Exception {
    Path drop = copySample(dir.resolve("everyday"));
    Files.createDirectories(drop.resolve("NEET"));
    Files.move(
        drop.resolve("neet-tracking-2016-17.csv"), drop.resolve("NEET/NEET Tracking 2016-17.csv"));
    Files.move(
        drop.resolve("apprenticeship-starts.csv"), drop.resolve("apprenticeship_starts.csv"));
    Files.createDirectories(drop.resolve("Comparators"));
    try (Stream<Path> s = Files.list(drop.resolve("comparators"))) {
      for (Path p : s.toList()) {
        Files.move(p, drop.resolve("Comparators").resolve(p.getFileName()));
      }
    }
    Files.delete(drop.resolve("comparators"));
    JsonNode moved = scorecard(drop);
    assertThat(moved.get("kpis")).isEqualTo(scorecard(SAMPLE).get("kpis"));
    CliResult r =
        CliResult.run(
            "validate",
            "--data",
            drop.toString(),
            "--require",
            "neet-tracking,returns,attainment-ks4");
    assertThat(r).succeeded().outContains("NEET/NEET Tracking 2016-17.csv (neet-tracking)");
  }

  @Test
  void requireNamesAMissingKind() throws Exception {
    Path drop = Files.createDirectories(dir.resolve("only-returns"));
    Files.copy(SAMPLE.resolve("returns.csv"), drop.resolve("returns.csv"));
    CliResult r =
        CliResult.run(
            "validate",
            "--data",
            drop.toString(),
            "--require",
            "neet-tracking",
            "--format",
            "json");
    assertThat(r).exitedWith(1).outContains("\"check\" : \"missing-kind\"");
  }

  /**
   * The nccis-npd preset reads NPD/LEO field names. Ten young people of academic age 16 in 2016/17:
   * December 1 NEET (P1); January 2 (P1, P2; P3's current activity is 220, started 2017-01-05,
   * after a 540 started 2016-09-01); February 3 (P1-P3). Mean NEET (1 + 2 + 3) / 3 = 2 of a cohort
   * of 10: 20%. Counting P3's later-listed (but earlier-started) 540 instead would give 7/3 / 10 =
   * 23.3%.
   */
  @Test
  void nccisNpdPresetReadsItsFieldNames() throws Exception {
    Path drop = Files.createDirectories(dir.resolve("npd"));
    StringBuilder b =
        new StringBuilder(
            "nccis_pupilmatchingrefanonymous,nccis_acadyr,"
                + "nccis_monthno,NCCIS_Current_Activity_Code,NCCIS_Current_Activity_Start_Date,"
                + "NCCIS_Current_Activity_Verification_Date,date_of_birth,district\n");
    for (int p = 1; p <= 10; p++) {
      for (int month : new int[] {12, 1, 2}) {
        boolean neet = (month == 12 && p == 1) || (month == 1 && p <= 2) || (month == 2 && p <= 3);
        if (month == 1 && p == 3) {
          b.append(row(p, month, 220, "2017-01-05"));
          b.append(row(p, month, 540, "2016-09-01"));
          continue;
        }
        b.append(row(p, month, neet ? 540 : 220, "2016-09-01"));
      }
    }
    Files.writeString(drop.resolve("kent_nccis_2016-17.csv"), b.toString());
    String catalog =
        Path.of(getClass().getResource("/catalogs/nccis-figures.json").toURI()).toString();
    CliResult r =
        CliResult.run(
            "scorecard",
            "--data",
            drop.toString(),
            "--mapping",
            "nccis-npd",
            "--catalog",
            catalog,
            "--period",
            "2016/17",
            "--format",
            "json");
    assertThat(r).succeeded().errContains("mapping preset nccis-npd");
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("mapping").get("source").asText()).isEqualTo("preset");
    assertThat(doc.get("mapping").get("sha256").asText()).hasSize(64);
    JsonNode neet = kpi(doc, "NEET");
    assertThat(neet.get("value").asDouble()).isEqualTo(20.0);
    assertThat(neet.get("denominator").asDouble()).isEqualTo(10.0);
  }

  private static String row(int person, int month, int code, String start) {
    return "P"
        + person
        + ",2016/17,"
        + month
        + ","
        + code
        + ","
        + start
        + ","
        + start
        + ",2000-01-15,Ashford\n";
  }

  @Test
  void brokenMappingIsLocatedWithDidYouMean() throws Exception {
    Path drop = copySample(dir.resolve("mapped"));
    Files.writeString(
        drop.resolve("kpi-mapping.json"),
        """
        {"kpi_mapping": 1, "files": [
          {"kind": "neet-trackng", "match": ["*.csv"]},
          {"kind": "neet-tracking", "match": ["x/*.csv"], "columns": {"persn_id": "YP"},
           "values": {"activity_code": {"NEET": "NEETS"}}}
        ]}
        """);
    CliResult r = CliResult.run("validate", "--data", drop.toString());
    assertThat(r)
        .exitedWith(1)
        .outContains("files[0].kind")
        .outContains("did you mean \"neet-tracking\"")
        .outContains("files[1].columns.persn_id")
        .outContains("did you mean \"person_id\"")
        .outContains("files[1].values.activity_code.NEET");
    CliResult sc = CliResult.run("scorecard", "--data", drop.toString());
    assertThat(sc).exitedWith(2).errContains("files[0].kind");
  }

  private static JsonNode scorecard(Path drop) throws Exception {
    CliResult r = CliResult.run("scorecard", "--data", drop.toString(), "--format", "json");
    assertThat(r).succeeded().noStackTrace();
    return new ObjectMapper().readTree(r.out());
  }

  private static JsonNode kpi(JsonNode doc, String id) {
    for (JsonNode k : doc.get("kpis")) {
      if (k.get("id").asText().equals(id)) {
        return k;
      }
    }
    throw new AssertionError("no KPI " + id);
  }

  private static Path copySample(Path to) throws Exception {
    try (Stream<Path> s = Files.walk(SAMPLE)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(SAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
