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

  @TempDir
  Path dir;

  private Path packs(String name, String... extra) {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("datapack", "-q", "--data", MINI, "--out",
        out.toString()));
    args.addAll(List.of(extra));
    assertThat(CliResult.run(args.toArray(String[]::new))).succeeded().noStackTrace();
    return out;
  }

  @Test
  void writesAPackPerDistrictTheIndexAndTheCountyWorkbook() throws Exception {
    Path out = packs("a");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
          "ashford.html", "ashford.xlsx", "canterbury.html", "canterbury.xlsx", "county.xlsx",
          "index.html");
    }
    String index = Files.readString(out.resolve("index.html"));
    assertThat(index).contains("href=\"ashford.html\"").contains("href=\"county.xlsx\"");
  }

  @Test
  void workbookStructureSuppressedCellsAndNativeCharts() throws Exception {
    Path out = packs("b");
    try (InputStream in = Files.newInputStream(out.resolve("ashford.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets.get(0)).isEqualTo("Summary");
      assertThat(sheets.get(sheets.size() - 1)).isEqualTo("Notes");
      assertThat(sheets).anyMatch(s -> s.startsWith("T1 NEET and not known"));
      XSSFSheet summary = wb.getSheet("Summary");
      assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("ID");
      assertThat(summary.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Ashford");
      assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
      // Ashford has 10 young people: every NEET count is below 5, so shown as c.
      boolean sawC = false;
      for (int r = 3; r <= summary.getLastRowNum(); r++) {
        var cell = summary.getRow(r).getCell(2);
        sawC |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && cell.getStringCellValue().equals("c");
      }
      assertThat(sawC).isTrue();
      XSSFSheet trend = wb.getSheetAt(1);
      assertThat(trend.getDrawingPatriarch()).isNotNull();
      assertThat(trend.getDrawingPatriarch().getCharts()).hasSize(1);
      assertThat(wb.getSheet("Notes").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Definitions");
    }
  }

  @Test
  void twoRunsGiveByteIdenticalFiles() throws Exception {
    Path a = packs("c1");
    Path b = packs("c2");
    try (Stream<Path> files = Files.list(a)) {
      for (Path f : files.toList()) {
        assertThat(Files.mismatch(f, b.resolve(f.getFileName()))).as(f.getFileName().toString())
            .isEqualTo(-1L);
      }
    }
  }

  @Test
  void htmlIsSelfContainedAndSaysStatusInWords() throws Exception {
    Path out = packs("d");
    String html = Files.readString(out.resolve("ashford.html"), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
        .contains("<svg").contains("role=\"img\"").contains("<title id=")
        .contains("<caption>");
    // Status in words beside its colour; the mini drop's districts are small, so some values
    // are hidden and say so instead of a status worked out from them.
    assertThat(html).containsPattern("<span class=\"s (BLUE|GREEN|AMBER|RED|GREY)\">"
        + "(exceeding|achieving|near target|requires improvement|no target|no data)</span>")
        .contains("<span class=\"s GREY\">not shown: small numbers</span>");
    assertThat(html).doesNotContain("<script").doesNotContain("src=\"http")
        .doesNotContain("href=\"http").doesNotContain("url(");
    assertThat(html).doesNotContain("NOT FOR PUBLICATION");
  }

  @Test
  void noSuppressionMarksEveryPackNotForPublication() throws Exception {
    Path out = packs("e", "--no-suppression");
    assertThat(Files.readString(out.resolve("ashford.html"))).contains("NOT FOR PUBLICATION");
    try (InputStream in = Files.newInputStream(out.resolve("ashford.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet("Summary").getRow(1).getCell(0).getStringCellValue())
          .contains("NOT FOR PUBLICATION");
    }
  }

  @Test
  void usageAndOutputErrors() throws Exception {
    assertThat(CliResult.run("datapack", "--data", MINI)).exitedWith(2).noStackTrace();
    assertThat(CliResult.run("datapack", "--data", MINI, "--out", dir.toString(), "--format",
        "pdf")).exitedWith(2).noStackTrace();
    assertThat(CliResult.run("datapack", "-q", "--data", MINI, "--out",
        dir.resolve("strict").toString(), "--strict")).exitedWith(1).noStackTrace();
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    assertThat(CliResult.run("datapack", "-q", "--data", MINI, "--out",
        file.resolve("packs").toString())).exitedWith(3).noStackTrace();
  }
}
