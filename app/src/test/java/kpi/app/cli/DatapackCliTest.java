package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data packs end to end on the mini drop (two districts, tiny numbers). */
class DatapackCliTest {
  private static final String MINI = ScorecardCliTest.MINI;

  @TempDir Path dir;

  private Path packs(String name, String... extra) {
    Path out = dir.resolve(name);
    List<String> args =
        new ArrayList<>(List.of("datapack", "-q", "--data", MINI, "--out", out.toString()));
    args.addAll(List.of(extra));
    assertThat(CliResult.run(args.toArray(String[]::new))).succeeded().noStackTrace();
    return out;
  }

  @Test
  void writesAPackPerDistrictTheIndexAndTheCountyWorkbook() throws Exception {
    Path out = packs("a");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(
              "ashford.html",
              "ashford.xlsx",
              "canterbury.html",
              "canterbury.xlsx",
              "county.xlsx",
              "index.html");
    }
    String index = Files.readString(out.resolve("index.html"));
    assertThat(index)
        .contains("href=\"ashford.html\"")
        .contains("href=\"county.xlsx\"")
        .contains("<dt>Period</dt><dd>Academic year ")
        .contains("<dt>Data</dt><dd>NEET tracking to ")
        .contains("<dt>Small numbers</dt><dd>[c] confidential")
        .contains("Summary of KPIs")
        .doesNotContain("<li></li>");
  }

  @Test
  void htmlOnlyWritesNoWorkbooks() throws Exception {
    Path out = packs("h", "--format", "html");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("ashford.html", "canterbury.html", "index.html");
    }
    assertThat(Files.readString(out.resolve("index.html"))).doesNotContain(".xlsx");
  }

  @Test
  void districtsMayBeCommaSeparated() throws Exception {
    // A user's "--district Ashford,Canterbury" (as --format takes lists) names both districts.
    Path out = packs("c", "--format", "html", "--district", "Ashford,E07000106");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("ashford.html", "canterbury.html", "index.html");
    }
    Path one = packs("d", "--format", "html", "--district", "Canterbury");
    try (Stream<Path> files = Files.list(one)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("canterbury.html", "index.html");
    }
  }

  @Test
  void everyWorkbookFollowsTheSpreadsheetGuidance() throws Exception {
    for (String name : List.of("g", "g2")) {
      Path out = name.equals("g") ? packs(name) : packs(name, "--no-suppression");
      try (Stream<Path> files = Files.list(out)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".xlsx")).toList()) {
          assertThat(kpi.app.write.SpreadsheetGuidance.violations(f))
              .as(f.getFileName().toString())
              .isEmpty();
        }
      }
    }
  }

  @Test
  void everyChartedColumnHasItsSeriesAndScalesNeverShareAnAxis() throws Exception {
    // The bundled sample, which has every kind of table (the mini drop holds NEET data only).
    Path out = dir.resolve("k");
    assertThat(CliResult.run("datapack", "-q", "--out", out.toString(), "--district", "Thanet"))
        .succeeded();
    try (InputStream in = Files.newInputStream(out.resolve("county.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      int charts = 0;
      for (var s : wb) {
        XSSFSheet sheet = (XSSFSheet) s;
        if (sheet.getDrawingPatriarch() == null || sheet.getTables().isEmpty()) {
          continue;
        }
        var table = sheet.getTables().get(0);
        int head = table.getStartCellReference().getRow();
        List<String> columns = new ArrayList<>();
        sheet.getRow(head).forEach(c -> columns.add(c.getStringCellValue()));
        columns.remove(0);
        columns.remove("Total");
        List<String> series = new ArrayList<>();
        for (var chart : sheet.getDrawingPatriarch().getCharts()) {
          charts++;
          var m =
              java.util.regex.Pattern.compile("<c:tx>\\s*<c:v>([^<]*)</c:v>")
                  .matcher(chart.getCTChart().xmlText());
          while (m.find()) {
            series.add(m.group(1));
          }
          var axes = chart.getAxes();
          assertThat(axes).hasSize(2);
        }
        assertThat(series).as(sheet.getSheetName()).containsExactlyInAnyOrderElementsOf(columns);
        if (columns.contains("Attainment 8")) {
          // Percentages, Attainment 8 and Progress 8 each on their own chart.
          assertThat(sheet.getDrawingPatriarch().getCharts()).hasSizeGreaterThanOrEqualTo(3);
        }
      }
      assertThat(charts).isGreaterThan(3);
    }
    String html = Files.readString(out.resolve("thanet.html"));
    assertThat(html)
        .contains("Disadvantaged gap in Attainment 8</text>")
        .doesNotContain(">-0<")
        .doesNotContain(">-0.0<");
    // Bar legends show filled swatches, not line samples.
    assertThat(html).contains("<rect x=").contains("width=\"14\" height=\"14\"");
  }

  @Test
  void workbookStructureSuppressedCellsAndNativeCharts() throws Exception {
    Path out = packs("b");
    try (InputStream in = Files.newInputStream(out.resolve("ashford.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets.subList(0, 4)).containsExactly("Cover", "Contents", "Notes", "Summary");
      assertThat(sheets.get(sheets.size() - 1)).isEqualTo("Inputs");
      assertThat(sheets).anyMatch(s -> s.equals("1 NEET and not known 16-17 year"));
      assertThat(sheets).allMatch(s -> s.length() <= 31);
      XSSFSheet summary = wb.getSheet("Summary");
      int head = summary.getTables().get(0).getStartCellReference().getRow();
      assertThat(summary.getRow(head).getCell(0).getStringCellValue()).isEqualTo("ID");
      assertThat(summary.getRow(head).getCell(2).getStringCellValue()).isEqualTo("Ashford");
      assertThat(summary.getPaneInformation()).isNull();
      // Ashford has 10 young people: every NEET count is below 5, so shown as [c].
      boolean sawC = false;
      for (int r = head + 1; r <= summary.getLastRowNum(); r++) {
        var cell = summary.getRow(r).getCell(2);
        sawC |=
            cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                && cell.getStringCellValue().equals("[c]");
      }
      assertThat(sawC).isTrue();
      XSSFSheet trend = wb.getSheet("1 NEET and not known 16-17 year");
      assertThat(trend.getDrawingPatriarch()).isNotNull();
      assertThat(trend.getDrawingPatriarch().getCharts()).hasSize(1);
      assertThat(wb.getSheet("Notes").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Notes");
    }
  }

  @Test
  void twoRunsGiveByteIdenticalFiles() throws Exception {
    Path a = packs("c1");
    Path b = packs("c2");
    try (Stream<Path> files = Files.list(a)) {
      for (Path f : files.toList()) {
        assertThat(Files.mismatch(f, b.resolve(f.getFileName())))
            .as(f.getFileName().toString())
            .isEqualTo(-1L);
      }
    }
  }

  @Test
  void htmlIsSelfContainedAndSaysStatusInWords() throws Exception {
    Path out = packs("d");
    String html = Files.readString(out.resolve("ashford.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"en-GB\">")
        .contains("<svg")
        .contains("role=\"img\"")
        .contains("<title id=")
        .contains("<caption>");
    // Status in words beside its colour; the mini drop's districts are small, so some values
    // are hidden and say so instead of a status worked out from them.
    assertThat(html)
        .containsPattern(
            "<span class=\"s (BLUE|GREEN|AMBER|RED|GREY)\">"
                + "(exceeding|achieving|near target|requires improvement|no target|no data)</span>")
        .contains("<span class=\"s GREY\">not shown: small numbers</span>");
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("src=\"http")
        .doesNotContain("href=\"http")
        .doesNotContain("url(");
    assertThat(html).doesNotContain("NOT FOR PUBLICATION");
  }

  @Test
  void noSuppressionMarksEveryPackNotForPublication() throws Exception {
    Path out = packs("e", "--no-suppression");
    assertThat(Files.readString(out.resolve("ashford.html"))).contains("NOT FOR PUBLICATION");
    try (InputStream in = Files.newInputStream(out.resolve("ashford.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (var s : wb) {
        assertThat(s.getRow(1).getCell(0).getStringCellValue())
            .as(s.getSheetName())
            .contains("NOT FOR PUBLICATION");
        assertThat(((XSSFSheet) s).getHeader().getCenter())
            .as(s.getSheetName())
            .contains("NOT FOR PUBLICATION");
      }
    }
    assertThat(Files.readString(out.resolve("index.html"))).contains("NOT FOR PUBLICATION");
  }

  @Test
  void usageAndOutputErrors() throws Exception {
    assertThat(CliResult.run("datapack", "--data", MINI)).exitedWith(2).noStackTrace();
    assertThat(
            CliResult.run("datapack", "--data", MINI, "--out", dir.toString(), "--format", "pdf"))
        .exitedWith(2)
        .noStackTrace();
    assertThat(
            CliResult.run(
                "datapack",
                "-q",
                "--data",
                MINI,
                "--out",
                dir.resolve("strict").toString(),
                "--strict"))
        .exitedWith(1)
        .noStackTrace();
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    assertThat(
            CliResult.run(
                "datapack", "-q", "--data", MINI, "--out", file.resolve("packs").toString()))
        .exitedWith(3)
        .noStackTrace();
  }
}
