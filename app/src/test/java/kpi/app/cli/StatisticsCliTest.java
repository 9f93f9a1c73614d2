package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Intervals, significance, quintiles, the recent trend and history end to end on the bundled
 * sample. The formulas are checked in kpi-core against DfE's published data; these tests check what
 * reaches each output.
 */
class StatisticsCliTest {
  private static final List<String> SCORECARD =
      List.of(
          "DFE-NEET-NK",
          "DFE-NEET",
          "DFE-NK",
          "DFE-VG",
          "DFE-SEND-N",
          "DFE-SEND-E",
          "DFE-SEND-K",
          "DFE-PART",
          "DFE-PART-FTE",
          "DFE-PART-APP",
          "DFE-PART-OTHER",
          "DFE-SG");

  @Test
  void dfeScorecardShowsEveryMeasureWithComparatorsQuintileIntervalAndSignificance()
      throws Exception {
    JsonNode doc = ScorecardCliTest.json("--catalog", "dfe-neet-scorecard");
    for (String id : SCORECARD) {
      JsonNode k = ScorecardCliTest.kpi(doc, id);
      assertThat(k.get("value").isNumber()).as(id).isTrue();
      assertThat(k.get("comparators").get(0).get("name").asText()).isEqualTo("England");
      assertThat(k.get("comparators").get(0).get("value").isNumber()).as(id).isTrue();
      assertThat(k.get("comparators").get(1).get("name").asText()).isEqualTo("South East");
      assertThat(k.get("comparators").get(1).get("value").isNumber()).as(id).isTrue();
      JsonNode ci = k.get("ci");
      assertThat(ci.get("method").asText()).as(id).isEqualTo("wilson");
      assertThat(ci.get("level").asInt()).isEqualTo(95);
      assertThat(ci.get("lower").asDouble()).as(id).isLessThan(k.get("value").asDouble());
      assertThat(ci.get("upper").asDouble()).as(id).isGreaterThan(k.get("value").asDouble());
      JsonNode q = k.get("quintile");
      assertThat(q.get("value").asInt()).as(id).isBetween(1, 5);
      assertThat(q.get("best").asInt()).isEqualTo(1);
      assertThat(q.get("source").asText()).startsWith("comparators/");
      JsonNode sig = k.get("significance");
      assertThat(sig.get(0).get("against").asText()).isEqualTo("England");
      assertThat(sig.get(0).get("level").asInt()).isEqualTo(95);
      assertThat(sig.get(1).get("level").asDouble()).isEqualTo(99.8);
      assertThat(sig.get(0).get("result").asText()).isIn("BETTER", "SIMILAR", "WORSE");
      // The overlap rule on the numbers written: England inside the interval is SIMILAR.
      double england = k.get("comparators").get(0).get("value").asDouble();
      boolean inside =
          england >= ci.get("lower").asDouble() && england <= ci.get("upper").asDouble();
      assertThat(sig.get(0).get("result").asText().equals("SIMILAR")).as(id).isEqualTo(inside);
      assertThat(k.get("history").size()).as(id).isGreaterThanOrEqualTo(4);
    }
    JsonNode neetNk = ScorecardCliTest.kpi(doc, "DFE-NEET-NK");
    assertThat(neetNk.get("trend").get("method").asText()).isEqualTo("chi2-linear");
    assertThat(neetNk.get("trend").get("periods")).hasSize(5);
  }

  @Test
  void recentTrendUsesTheFiveWintersMeanCounts() throws Exception {
    // Re-derive the chi-squared from each winter's averaged counts as the scorecard reports
    // them for its own period: the engine must pick 2012/13-2016/17 and the mean counts.
    double[] r = new double[5];
    double[] n = new double[5];
    String[] periods = {"2012/13", "2013/14", "2014/15", "2015/16", "2016/17"};
    for (int i = 0; i < 5; i++) {
      JsonNode k = ScorecardCliTest.kpi(ScorecardCliTest.json("--period", periods[i]), "NEET-2");
      r[i] = k.get("numerator").asDouble();
      n[i] = k.get("denominator").asDouble();
    }
    double bigN = 0;
    double bigR = 0;
    double a = 0;
    double b = 0;
    double c = 0;
    for (int i = 0; i < 5; i++) {
      bigN += n[i];
      bigR += r[i];
      a += r[i] * (i + 1);
      b += n[i] * (i + 1);
      c += n[i] * (i + 1) * (i + 1);
    }
    double chi2 =
        bigN * Math.pow(bigN * a - bigR * b, 2) / (bigR * (bigN - bigR) * (bigN * c - b * b));
    JsonNode trend = ScorecardCliTest.kpi(ScorecardCliTest.json(), "NEET-2").get("trend");
    assertThat(trend.get("periods").get(0).asText()).isEqualTo("2012/13");
    assertThat(trend.get("chi2").asDouble()).isCloseTo(chi2, within(1e-6));
    assertThat(trend.get("result").asText())
        .isEqualTo(chi2 > 9.5495 ? "DECREASING" : "NO_SIGNIFICANT_CHANGE");
  }

  @Test
  void explainShowsTheIntervalTheOverlapArithmeticAndTheChiSquared() {
    CliResult r = CliResult.run("explain", "NEET-2");
    assertThat(r).succeeded().noStackTrace();
    assertThat(r.out())
        .contains(
            "95% CI:",
            "99.8% CI:",
            "Wilson score interval on 146 / 2378.6667",
            "vs England:",
            "the 95% interval [",
            "Fingertips' overlap rule",
            "Chi-squared:",
            "9.54953570608324",
            "leaving each point out",
            "Quintile:",
            "History:",
            "2012/13");
  }

  @Test
  void repeatedPreviousFilesFillTheHistory(@TempDir Path dir) throws Exception {
    Path older = dir.resolve("2013-14.json");
    Path old = dir.resolve("2014-15.json");
    Files.writeString(
        older,
        "{\"schema\": \"kpi-scorecard/1\", \"period\": \"2013/14\","
            + " \"kpis\": [{\"id\": \"NEET-2\", \"period\": \"2013/14\", \"value\": 9.9}]}");
    Files.writeString(
        old,
        "{\"schema\": \"kpi-scorecard/1\", \"period\": \"2014/15\","
            + " \"kpis\": [{\"id\": \"NEET-2\", \"period\": \"2014/15\", \"value\": 9.1}]}");
    JsonNode doc =
        ScorecardCliTest.json(
            "--data",
            ScorecardCliTest.MINI,
            "--previous",
            older.toString(),
            "--previous",
            old.toString());
    JsonNode h = ScorecardCliTest.kpi(doc, "NEET-2").get("history");
    assertThat(h.get(0).get("period").asText()).isEqualTo("2013/14");
    assertThat(h.get(0).get("value").asDouble()).isEqualTo(9.9);
    assertThat(h.get(0).get("source").asText()).isEqualTo("previous scorecard");
    assertThat(h.get(1).get("period").asText()).isEqualTo("2014/15");
    assertThat(h.get(2).get("source").asText()).isEqualTo("data");
  }

  @Test
  void htmlAndXlsxCarryTheTrendChart(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("s.html");
    Path xlsx = dir.resolve("s.xlsx");
    assertThat(CliResult.run("scorecard", "-o", html.toString())).succeeded();
    assertThat(CliResult.run("scorecard", "-o", xlsx.toString())).succeeded();
    assertThat(Files.readString(html))
        .contains(
            "<svg class=\"spark\" role=\"img\"",
            "<title>Trend: 2012/13",
            "Fingertips' overlap rule");
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      // The workbook's grid carries the statistics as a numbered note beside each KPI.
      assertThat(wb.getSheet("Notes")).isNotNull();
      StringBuilder notes = new StringBuilder();
      wb.getSheet("Notes").forEach(row -> row.forEach(c -> notes.append(c.toString()).append(' ')));
      assertThat(notes.toString()).contains("95% confidence interval").contains("history: 2012/13");
    }
  }

  @Test
  void earlierDirectionIsWhatThePreviousPeriodsOwnScorecardSaid() throws Exception {
    // The grid's second direction of travel (2014/15 into 2015/16) comes from the history of the
    // 2016/17 run; the 2015/16 run computes the same direction as its current one, by another
    // path (the engine's previous value and band). Every KPI with both must agree.
    JsonNode now = ScorecardCliTest.json();
    JsonNode before = ScorecardCliTest.json("--period", "2015/16");
    int compared = 0;
    for (JsonNode k : now.get("kpis")) {
      JsonNode last = null;
      for (JsonNode h : k.get("history")) {
        if (h.get("period").asText().equals("2015/16")) {
          last = h;
        }
      }
      JsonNode then = ScorecardCliTest.kpi(before, k.get("id").asText());
      if (last == null
          || then.get("direction").asText().equals("NOT_COMPARABLE")
          || !then.get("previous").get("period").asText().equals("2014/15")) {
        continue;
      }
      assertThat(last.get("direction").asText())
          .as(k.get("id").asText())
          .isEqualTo(then.get("direction").asText());
      compared++;
    }
    // NEET-2 fell from 10.0% (2014/15) to 8.7% (2015/16): improving, shown in the grid.
    assertThat(compared).isGreaterThanOrEqualTo(10);
    String md = CliResult.run("scorecard", "--format", "md").out();
    assertThat(md)
        .containsPattern(
            "\\| NEET-2 \\|[^\\n]*\\| \u25B2 improving \\| \u25B2 improving "
                + "\\(2015/16\\) \\|");
  }
}
