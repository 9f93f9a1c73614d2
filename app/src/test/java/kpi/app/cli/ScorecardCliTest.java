package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import kpi.app.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard command end to end: the JSON contract, breakdowns, determinism, exit codes. */
class ScorecardCliTest {
  static final String MINI = ProjectFiles.resource("drops/mini").toString();
  private static final Set<String> NEET_KPIS =
      Set.of("KPI-03", "KPI-07", "KPI-08S", "NEET-1", "NEET-2", "NEET-3", "PART-1");

  static JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("scorecard", "--format", "json"));
    all.addAll(List.of(args));
    CliResult r = CliResult.run(all.toArray(String[]::new));
    assertThat(r).succeeded().noStackTrace();
    return new ObjectMapper().readTree(r.out());
  }

  static JsonNode kpi(JsonNode doc, String id) {
    for (JsonNode k : doc.get("kpis")) {
      if (k.get("id").asText().equals(id)) {
        return k;
      }
    }
    throw new AssertionError("no KPI " + id);
  }

  @Test
  void theTableWrapsToTheWidthAsked() throws Exception {
    // 100 is narrower than the mini drop's table at its natural widths (about 125 characters)
    for (int width : new int[] {100, 150}) {
      CliResult r = CliResult.run("scorecard", "-q", "--data", MINI, "--width", "" + width);
      assertThat(r).succeeded();
      assertThat(r.out().lines().mapToInt(String::length).max().orElse(0))
          .as("widest line at --width %d", width)
          .isLessThanOrEqualTo(width)
          .isGreaterThan(width - 20);
    }
    assertThat(CliResult.run("scorecard", "--data", MINI, "--width", "39")).exitedWith(2);
  }

  @Test
  void bundledSampleGivesEveryNeetKpiItsFullRecord() throws Exception {
    CliResult r = CliResult.run("scorecard", "--format", "json");
    assertThat(r).succeeded().errContains("bundled sample data drop");
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("schema").asText()).isEqualTo("kpi-scorecard/1");
    assertThat(doc.get("catalog").get("id").asText()).isEqualTo("kent-14-24-2017");
    assertThat(doc.get("period").asText()).isEqualTo("2016/17");
    for (JsonNode f : doc.get("inputs")) {
      assertThat(f.get("rows_read").asLong())
          .isEqualTo(f.get("rows_accepted").asLong() + f.get("rows_rejected").asLong());
      assertThat(f.get("sha256").asText()).hasSize(64);
    }
    for (String id : NEET_KPIS) {
      JsonNode k = kpi(doc, id);
      assertThat(k.get("previous").get("period").asText()).isEqualTo("2015/16");
      districtBreakdownSumsToCounty(k);
    }
    // The sample's figures, stated as the counts behind them (Dec-Feb means are thirds of the
    // three months' sums); status and RAG judged by hand from the catalog's targets.
    // KPI-03: 89/3 of 1448/3 = 6.146%, at most 5.0% (amber to 5.5%): red.
    expect(doc, "KPI-03", 89 / 3.0, 1448 / 3.0, 6.1464, "REQUIRES_IMPROVEMENT", "RED", "NO_CHANGE");
    // KPI-07: 207/3 of 7136/3 = 2.901%, at most 1.0% (amber to 1.05%): red.
    expect(doc, "KPI-07", 69, 7136 / 3.0, 2.9008, "REQUIRES_IMPROVEMENT", "RED", "NO_CHANGE");
    // KPI-08S: 291 of 332 = 87.65%, improve on 2015/16's 86.51%: achieving, not by the margin.
    expect(doc, "KPI-08S", 291, 332, 87.6506, "ACHIEVING", "GREEN", "IMPROVING");
    // NEET-1: January alone, 69 of 2379 = 2.900%, at most 2.5% (amber to 2.625%): red.
    expect(doc, "NEET-1", 69, 2379, 2.9004, "REQUIRES_IMPROVEMENT", "RED", "NO_CHANGE");
    // NEET-2: 438/3 of 7136/3 = 6.138%, improve on 8.67%: exceeding.
    expect(doc, "NEET-2", 146, 7136 / 3.0, 6.1379, "EXCEEDING", "BLUE", "IMPROVING");
    // NEET-3: 231/3 of 7136/3 = 3.237%, improve on 5.38%: exceeding.
    expect(doc, "NEET-3", 77, 7136 / 3.0, 3.2371, "EXCEEDING", "BLUE", "IMPROVING");
    // PART-1: 2164 of 2379 = 90.96%, at least 95.0% (amber from 90.25%): near target.
    expect(doc, "PART-1", 2164, 2379, 90.9626, "NEAR_TARGET", "AMBER", "IMPROVING");
  }

  private static void expect(
      JsonNode doc,
      String id,
      double numerator,
      double denominator,
      double value,
      String status,
      String rag,
      String direction) {
    JsonNode k = kpi(doc, id);
    assertThat(k.get("numerator").asDouble())
        .as(id + " numerator")
        .isCloseTo(numerator, within(1e-9));
    assertThat(k.get("denominator").asDouble())
        .as(id + " denominator")
        .isCloseTo(denominator, within(1e-9));
    assertThat(k.get("value").asDouble()).as(id + " value").isCloseTo(value, within(5e-5));
    assertThat(k.get("status").asText()).as(id + " status").isEqualTo(status);
    assertThat(k.get("rag").asText()).as(id + " rag").isEqualTo(rag);
    assertThat(k.get("direction").asText()).as(id + " direction").isEqualTo(direction);
  }

  private static void districtBreakdownSumsToCounty(JsonNode k) {
    double num = 0;
    double den = 0;
    int districts = 0;
    for (JsonNode b : k.get("breakdown")) {
      if (b.get("dimension").asText().equals("district")) {
        num += b.get("numerator").asDouble();
        den += b.get("denominator").asDouble();
        districts++;
      }
    }
    assertThat(districts).as(k.get("id").asText()).isEqualTo(12);
    assertThat(num)
        .as(k.get("id") + " numerators")
        .isCloseTo(k.get("numerator").asDouble(), within(1e-6));
    assertThat(den)
        .as(k.get("id") + " denominators")
        .isCloseTo(k.get("denominator").asDouble(), within(1e-6));
  }

  @Test
  void kpiObjectKeepsTheContractsKeyOrder() throws Exception {
    JsonNode k = kpi(json("--data", MINI), "KPI-07");
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = k.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    assertThat(keys)
        .containsSubsequence(
            "id",
            "title",
            "theme",
            "measure",
            "unit",
            "polarity",
            "period",
            "value",
            "numerator",
            "denominator",
            "target",
            "status",
            "rag",
            "previous",
            "change",
            "direction",
            "comparators",
            "breakdown",
            "notes");
    assertThat(k.get("target").get("threshold").asDouble()).isEqualTo(1.0);
  }

  @Test
  void miniDropGivesTheHandComputedFigures() throws Exception {
    JsonNode doc = json("--data", MINI);
    JsonNode k = kpi(doc, "KPI-07");
    // README of the mini drop: Dec-Feb NEET 3, 2, 1 -> mean 2; cohort 19 (custody out).
    assertThat(k.get("numerator").asDouble()).isEqualTo(2.0);
    assertThat(k.get("denominator").asDouble()).isEqualTo(19.0);
    assertThat(k.get("value").asDouble()).isCloseTo(10.5263, within(5e-5));
    assertThat(k.get("previous").get("value").asDouble()).isCloseTo(15.7895, within(5e-5));
    assertThat(k.get("direction").asText()).isEqualTo("IMPROVING");
    assertThat(k.get("status").asText()).isEqualTo("REQUIRES_IMPROVEMENT");
    assertThat(kpi(doc, "PART-1").get("value").asDouble()).isCloseTo(89.4737, within(5e-5));
    JsonNode neet = doc.get("inputs").get(1);
    assertThat(neet.get("rows_read").asInt()).isEqualTo(162);
    assertThat(neet.get("rows_rejected").asInt()).isEqualTo(2);
  }

  @Test
  void periodsInEveryAcceptedSpelling() throws Exception {
    String a =
        CliResult.run("scorecard", "--data", MINI, "--format", "json", "--period", "2016/17").out();
    assertThat(
            CliResult.run("scorecard", "--data", MINI, "--format", "json", "--period", "2016-17")
                .out())
        .isEqualTo(a);
    assertThat(
            CliResult.run("scorecard", "--data", MINI, "--format", "json", "--period", "201617")
                .out())
        .isEqualTo(a);
    JsonNode month = json("--data", MINI, "--period", "2017-01");
    assertThat(month.get("period").asText()).isEqualTo("2017-01");
    // January 2017 alone: Ashford 1 NEET, Canterbury 1, over 19.
    assertThat(kpi(month, "KPI-07").get("value").asDouble()).isCloseTo(10.5263, within(5e-5));
  }

  @Test
  void everyFormatIsByteIdenticalOnReRuns(@TempDir Path dir) throws Exception {
    for (String ext : List.of("json", "csv", "md", "html", "xlsx", "txt", "pdf")) {
      Path a = dir.resolve("a." + ext);
      Path b = dir.resolve("b." + ext);
      assertThat(CliResult.run("scorecard", "-q", "-o", a.toString())).succeeded();
      assertThat(CliResult.run("scorecard", "-q", "-o", b.toString())).succeeded();
      assertThat(Files.mismatch(a, b)).as(ext).isEqualTo(-1L);
    }
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .as("no temporary files left behind")
          .allMatch(n -> n.startsWith("a.") || n.startsWith("b."));
    }
  }

  @Test
  void tableAndMarkdownReadWell() {
    CliResult t = CliResult.run("scorecard", "--data", MINI);
    assertThat(t)
        .succeeded()
        .outContains("KPI-07")
        .outContains("10.5%")
        .outContains("REQUIRING IMPROVEMENT")
        .outContains("▲ improving")
        .errContains("2 of 162 rows rejected");
    CliResult md = CliResult.run("scorecard", "--data", MINI, "--format", "md");
    assertThat(md).succeeded().outContains("| KPI-07 |");
  }

  @Test
  void districtOptionLimitsBreakdownsAndRejectsUnknownNames() throws Exception {
    JsonNode doc = json("--data", MINI, "--district", "ashford");
    for (JsonNode b : kpi(doc, "KPI-07").get("breakdown")) {
      if (b.get("dimension").asText().equals("district")) {
        assertThat(b.get("label").asText()).isEqualTo("Ashford");
      }
    }
    assertThat(CliResult.run("scorecard", "--data", MINI, "--district", "Ashfrod"))
        .exitedWith(2)
        .errContains("did you mean \"Ashford\"")
        .noStackTrace();
  }

  @Test
  void exitCodesFollowTheContract(@TempDir Path dir) throws Exception {
    assertThat(CliResult.run("scorecard", "--catalog", "kent-14-24"))
        .exitedWith(2)
        .errContains("did you mean \"kent-14-24-2017\"")
        .noStackTrace();
    assertThat(CliResult.run("scorecard", "--catalog", "missing.json"))
        .exitedWith(3)
        .noStackTrace();
    assertThat(CliResult.run("scorecard", "--data", dir.resolve("nope").toString()))
        .exitedWith(3)
        .errContains("does not exist")
        .noStackTrace();
    assertThat(CliResult.run("scorecard", "--data", MINI, "--strict"))
        .exitedWith(1)
        .errContains("--strict")
        .noStackTrace();
    assertThat(CliResult.run("scorecard", "--format", "xlsx")).exitedWith(2).noStackTrace();
    assertThat(CliResult.run("explain", "KPI-7"))
        .exitedWith(2)
        .errContains("did you mean \"KPI-07\"")
        .noStackTrace();
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"id\": \"x\", \"kpis\": [{\"id\": \"A\", \"title\": \"t\","
            + " \"measure\": \"neet.neet_rate\", \"unit\": \"percent\", \"polarity\":"
            + " \"lower_is_better\", \"target\": {\"rule\": \"atleast\", \"value\": 1}}]}");
    assertThat(CliResult.run("scorecard", "--data", MINI, "--catalog", bad.toString()))
        .exitedWith(2)
        .errContains(
            "bad.json: kpis[0].target.rule: \"atleast\" is not a rule;"
                + " did you mean \"at_least\"?")
        .noStackTrace();
    Path notCsv = dir.resolve("drop");
    Files.createDirectories(notCsv);
    Files.write(notCsv.resolve("neet-tracking.csv"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 1});
    assertThat(CliResult.run("scorecard", "--data", notCsv.toString()))
        .exitedWith(3)
        .errContains("neet-tracking.csv")
        .noStackTrace();
  }

  @Test
  void explainShowsTheArithmeticBehindTheStatus() {
    assertThat(CliResult.run("explain", "KPI-07", "--data", MINI))
        .succeeded()
        .outContains("100 x 6 / 57 (the 3 months' sums) = 10.5263%")
        .outContains("Threshold:")
        .outContains("Previous:    2015/16: 15.8%")
        .outContains("no-change band");
  }

  @Test
  void explainWritesNumbersAsPeopleDo() {
    // KPI-02 on the sample: the 2012/13 baseline 10,860 less 4,000 gives the threshold 6,860;
    // the amber tolerance is 5% of it, 343; the no-change band 1% of the previous 6,420, 64.2.
    assertThat(CliResult.run("explain", "KPI-02", "-q"))
        .succeeded()
        .outContains("hand-kept return for 2016/17: 5980\n")
        .outContains("Threshold:   6,860  (unrounded 6860)")
        .outContains("within 343 of the threshold")
        .outContains("by 343 or more")
        .outContains("(no-change band \u00b164.2)");
    // A percentage KPI's margins are in percentage points.
    assertThat(CliResult.run("explain", "KPI-07", "--data", MINI))
        .succeeded()
        .outContains(" pp of the threshold");
  }

  @Test
  void kpisShowsFullTitlesSourcesCsvAndTheBundledCatalogs() throws Exception {
    CliResult table = CliResult.run("kpis");
    assertThat(table).succeeded().outContains("Source");
    // KPI-08a-d differ only at the end of their titles: nothing is cut.
    org.assertj.core.api.Assertions.assertThat(table.out()).doesNotContain("\u2026");
    CliResult csv = CliResult.run("kpis", "--format", "csv");
    assertThat(csv)
        .succeeded()
        .outContains("id,title,theme,measure,unit,polarity,target_rule," + "target,source\n")
        .outContains("\nKPI-02,");
    assertThat(CliResult.run("kpis", "--catalogs"))
        .succeeded()
        .outContains("kent-14-24-2017")
        .outContains("dfe-neet-scorecard");
  }

  @Test
  void kpisListsTheCatalog() throws Exception {
    assertThat(CliResult.run("kpis")).succeeded().outContains("KPI-03").outContains("PART-1");
    JsonNode j = new ObjectMapper().readTree(CliResult.run("kpis", "--format", "json").out());
    assertThat(j.get("kpis").size()).isGreaterThanOrEqualTo(NEET_KPIS.size());
    assertThat(CliResult.run("kpis", "--format", "md")).succeeded().outContains("| KPI-07 |");
  }

  @Test
  void previousScorecardSuppliesTheComparisonYearTheDropNoLongerHolds(@TempDir Path dir)
      throws Exception {
    Path earlier = dir.resolve("2015-16.json");
    assertThat(
            CliResult.run(
                "scorecard", "-q", "--data", MINI, "--period", "2015/16", "-o", earlier.toString()))
        .succeeded();
    Path drop = dir.resolve("drop");
    Files.createDirectories(drop.resolve("reference"));
    Files.copy(Path.of(MINI, "reference/districts.csv"), drop.resolve("reference/districts.csv"));
    List<String> lines = Files.readAllLines(Path.of(MINI, "neet-tracking.csv"));
    List<String> recent = new ArrayList<>(List.of(lines.get(0)));
    lines.stream()
        .skip(1)
        .filter(l -> l.split(",")[1].compareTo("2016-08-01") > 0)
        .forEach(recent::add);
    Files.write(drop.resolve("neet-tracking.csv"), recent);
    JsonNode alone = kpi(json("--data", drop.toString()), "KPI-07");
    assertThat(alone.get("direction").asText()).isEqualTo("NOT_COMPARABLE");
    JsonNode k = kpi(json("--data", drop.toString(), "--previous", earlier.toString()), "KPI-07");
    assertThat(k.get("previous").get("source").asText()).isEqualTo("previous scorecard");
    assertThat(k.get("previous").get("value").asDouble()).isCloseTo(15.7895, within(5e-5));
    assertThat(k.get("direction").asText()).isEqualTo("IMPROVING");
  }
}
