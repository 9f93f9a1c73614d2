package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kpi.app.write.SpreadsheetGuidance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorecard as a strategy board reads it: the grid grouped by status in every format, the PDF,
 * the accessible workbook, inputs and catalog named, and nothing the user has overwritten.
 */
class BoardOutputsTest {
  private static final String MINI = ScorecardCliTest.MINI;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("scorecard", "-q", "--format", "json"));
    all.addAll(List.of(args));
    CliResult r = CliResult.run(all.toArray(String[]::new));
    assertThat(r).succeeded();
    return JSON.readTree(r.out());
  }

  @Test
  void theTableGroupsKpisByStatusWithCountsAndFullTitles() throws Exception {
    JsonNode doc = json();
    CliResult t = CliResult.run("scorecard", "-q");
    assertThat(t).succeeded();
    String out = t.out();
    int last = -1;
    String[][] groups = {
      {"EXCEEDING", "OVER-ACHIEVING"},
      {"ACHIEVING", "ACHIEVING"},
      {"NEAR_TARGET", "NEAR TARGET"},
      {"REQUIRES_IMPROVEMENT", "REQUIRING IMPROVEMENT"}
    };
    for (String[] g : groups) {
      long n = 0;
      for (JsonNode k : doc.get("kpis")) {
        n += k.get("status").asText().equals(g[0]) ? 1 : 0;
      }
      String heading = g[1] + ": " + n + " KPIs";
      assertThat(out).as("heading in status order").contains(heading);
      assertThat(out.indexOf(heading)).isGreaterThan(last);
      last = out.indexOf(heading);
    }
    // Titles wrap rather than being cut: KPI-08a-d read apart, no ellipsis anywhere.
    assertThat(out).doesNotContain("\u2026");
    java.util.Map<String, String> titles = titleColumn(out);
    for (JsonNode k : doc.get("kpis")) {
      assertThat(titles.get(k.get("id").asText()))
          .as(k.get("id").asText())
          .isEqualTo(k.get("title").asText());
    }
    assertThat(out)
        .contains("Notes\n[note 1]")
        .contains("Shorthand: [c]")
        .contains("Catalog: bundled catalog kent-14-24-2017, sha256 ");
    // A narrow terminal gets narrow lines (titles wrap to fit).
    for (String line : out.split("\n")) {
      if (line.startsWith("KPI-")) {
        assertThat(line.length()).isLessThanOrEqualTo(130);
      }
    }
  }

  @Test
  void everyHumanFormatNamesItsComparatorsAndNotes(@TempDir Path dir) throws Exception {
    for (String ext : List.of("md", "html")) {
      Path f = dir.resolve("sc." + ext);
      assertThat(CliResult.run("scorecard", "-q", "-o", f.toString())).succeeded();
      String text = Files.readString(f);
      assertThat(text)
          .as(ext)
          .contains("England 63.9%")
          .contains("Statistical neighbours 63.7%")
          .contains("Over-achieving")
          .contains("(9 KPIs)")
          .contains("[note 1]")
          .contains("Raise attainment")
          .contains("Catalog: bundled catalog kent-14-24-2017");
    }
    String html = Files.readString(dir.resolve("sc.html"));
    assertThat(html)
        .contains("@page{size:A4 landscape")
        .contains("@media print")
        .contains("<html lang=\"en-GB\"");
    // The Comparators cell is filled (it was an empty column).
    // (each with its significance mark by the overlap rule, when an interval exists).
    assertThat(html)
        .containsPattern(
            "<td>England 63\\.9%( \\([a-z0-9. %]+\\))?<br/>Statistical neighbours 63\\.7%");
  }

  @Test
  void pdfIsAnA4LandscapeGridWithTheSameBytesOnReRuns(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.pdf");
    Path b = dir.resolve("b.pdf");
    assertThat(CliResult.run("scorecard", "-q", "-o", a.toString())).succeeded();
    assertThat(CliResult.run("scorecard", "-q", "-o", b.toString())).succeeded();
    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    try (PDDocument pdf = Loader.loadPDF(a.toFile())) {
      PDRectangle box = pdf.getPage(0).getMediaBox();
      assertThat(box.getWidth())
          .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.api.Assertions.within(1f));
      assertThat(box.getHeight())
          .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.api.Assertions.within(1f));
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Over-achieving (9 KPIs)")
          .contains("Requiring improvement")
          .contains("Advanced level progression above the national average")
          .contains("England 63.9%")
          .contains("\u25B2 improving");
      assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Kent 14-24");
    }
    String err = CliResult.run("scorecard", "-q", "-o", a.toString()).err();
    assertThat(err).as("the renderer's logging stays off stderr").isEmpty();
  }

  @Test
  void theWorkbookStoresPercentagesAsFractionsAndFollowsTheGuidance(@TempDir Path dir)
      throws Exception {
    Path x = dir.resolve("sc.xlsx");
    assertThat(CliResult.run("scorecard", "-q", "-o", x.toString())).succeeded();
    assertThat(SpreadsheetGuidance.violations(x)).isEmpty();
    try (InputStream in = Files.newInputStream(x);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(0)).isEqualTo("Cover");
      XSSFSheet cover = wb.getSheet("Cover");
      assertThat(cover.getRow(0).getCell(0).getStringCellValue()).startsWith("Kent 14-24");
      assertThat(text(cover)).contains("2016/17").contains("9 over-achieving");
      XSSFSheet s = wb.getSheet("Scorecard");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains("2016/17");
      XSSFRow kpi01 = find(s, "KPI-01");
      XSSFCell value = kpi01.getCell(4);
      assertThat(value.getNumericCellValue()).isEqualTo(0.647);
      assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(kpi01.getCell(0).getStringCellValue()).isEqualTo("Requiring improvement");
      assertThat(kpi01.getCell(3).getStringCellValue())
          .isEqualTo("At least 70% of pupils attain good passes (9-4) in English and maths");
      int headerRow = s.getTables().get(0).getStartCellReference().getRow();
      List<String> header = new ArrayList<>();
      s.getRow(headerRow).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).contains("England", "Statistical neighbours", "South East");
      XSSFCell england = kpi01.getCell(header.indexOf("England"));
      assertThat(england.getNumericCellValue()).isEqualTo(0.639);
      assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(s.getRepeatingRows().getFirstRow()).isEqualTo(headerRow);
      assertThat(text(wb.getSheet("Inputs")))
          .contains("neet-tracking-2016-17.csv")
          .contains("Catalog: bundled catalog kent-14-24-2017");
    }
  }

  @Test
  void theGuidanceCheckFindsWhatIsWrong(@TempDir Path dir) throws Exception {
    Path t = dir.resolve("t.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("Data");
      s.createRow(0).createCell(0).setCellValue("x");
      s.createRow(1).createCell(0).setCellValue("c");
      s.createFreezePane(0, 1);
      try (var out = Files.newOutputStream(t)) {
        wb.write(out);
      }
    }
    assertThat(SpreadsheetGuidance.violations(t))
        .contains(
            "the first sheet is not a cover sheet named Cover", "no Contents sheet",
            "Data: frozen panes", "Data: 0 tables (one table per sheet)",
            "Data!A2: shorthand \"c\" not in square brackets", "document language is not set");
  }

  @Test
  void unknownExtensionsAndInputsAreRefusedAsOutputs(@TempDir Path dir) throws Exception {
    assertThat(CliResult.run("scorecard", "-q", "-o", dir.resolve("sc.docx").toString()))
        .exitedWith(2)
        .errContains("cannot tell the format from sc.docx")
        .noStackTrace();
    assertThat(Files.exists(dir.resolve("sc.docx"))).isFalse();
    Path drop = copyMini(dir);
    Path input = drop.resolve("neet-tracking.csv");
    byte[] before = Files.readAllBytes(input);
    assertThat(
            CliResult.run(
                "scorecard", "--data", drop.toString(), "--format", "csv", "-o", input.toString()))
        .exitedWith(2)
        .errContains("is an input of this run")
        .noStackTrace();
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    Path previous = dir.resolve("previous.json");
    Files.writeString(previous, "{}");
    assertThat(
            CliResult.run(
                "scorecard",
                "--data",
                drop.toString(),
                "--previous",
                previous.toString(),
                "-o",
                previous.toString()))
        .exitedWith(2)
        .errContains("is an input of this run");
    assertThat(Files.readString(previous)).isEqualTo("{}");
    assertThat(
            CliResult.run("validate", input.toString(), "--format", "json", "-o", input.toString()))
        .exitedWith(2)
        .errContains("is an input of this run");
    assertThat(
            CliResult.run(
                "validate",
                "--data",
                drop.toString(),
                "-o",
                drop.resolve("reference/districts.csv").toString()))
        .exitedWith(2)
        .errContains("is an input of this run");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void templateNeverOverwritesWithoutForce(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("neet.csv");
    Files.writeString(f, "my data\n");
    assertThat(CliResult.run("template", "neet-tracking", "--out", f.toString()))
        .exitedWith(2)
        .errContains("already exists")
        .errContains("--force")
        .noStackTrace();
    assertThat(Files.readString(f)).isEqualTo("my data\n");
    assertThat(CliResult.run("template", "neet-tracking", "--out", f.toString(), "--force"))
        .succeeded();
    assertThat(Files.readString(f)).startsWith("person_id,");
  }

  @Test
  void quietKeepsDataLossWarnings() {
    CliResult r = CliResult.run("scorecard", "-q", "--data", MINI);
    assertThat(r).succeeded().errContains("2 of 162 rows rejected");
    assertThat(r.err()).doesNotContain("no --data given");
  }

  @Test
  void aWhollyRejectedFileIsNamedInTheKpisItFeeds(@TempDir Path dir) throws Exception {
    Path drop = copyMini(dir);
    Path age19 = drop.resolve("attainment-age19.csv");
    assertThat(CliResult.run("template", "attainment-age19", "--out", age19.toString()))
        .succeeded();
    String header = Files.readString(age19).strip();
    int columns = header.split(",").length;
    Files.writeString(
        age19,
        header
            + "\n"
            + String.join(",", java.util.Collections.nCopies(columns, "??"))
            + "\n"
            + String.join(",", java.util.Collections.nCopies(columns, "!!"))
            + "\n");
    CliResult quiet = CliResult.run("scorecard", "-q", "--data", drop.toString());
    assertThat(quiet).succeeded().errContains("attainment-age19.csv: all 2 rows rejected");
    JsonNode doc = json("--data", drop.toString());
    JsonNode kpi05 = null;
    for (JsonNode k : doc.get("kpis")) {
      if (k.get("measure").asText().startsWith("age19.")) {
        kpi05 = k;
      }
    }
    assertThat(kpi05).isNotNull();
    assertThat(kpi05.get("notes").toString())
        .contains("attainment-age19.csv: every one of its 2" + " rows was rejected")
        .contains("the reason this KPI has no data");
    Path csv = dir.resolve("sc.csv");
    assertThat(CliResult.run("scorecard", "-q", "--data", drop.toString(), "-o", csv.toString()))
        .succeeded();
    assertThat(Files.readString(csv)).contains("attainment-age19.csv: every one of its 2 rows");
  }

  @Test
  void jsonNamesTheCatalogsSourcePathAndHashAndAnEditedCatalogIsNoticed(@TempDir Path dir)
      throws Exception {
    JsonNode bundled = json("--data", MINI).get("catalog");
    assertThat(bundled.get("source").asText()).isEqualTo("bundled");
    assertThat(bundled.get("sha256").asText()).hasSize(64);
    Path drop = copyMini(dir);
    String text;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("kpi/catalogs/kent-14-24-2017.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(
        drop.resolve("kpi-catalog.json"), text.replace("\"value\": 2.5", "\"value\": 3.5"));
    CliResult r = CliResult.run("scorecard", "-q", "--data", drop.toString(), "--format", "json");
    assertThat(r)
        .succeeded()
        .errContains(
            "has the id of the bundled catalog kent-14-24-2017 but" + " different content");
    JsonNode c = JSON.readTree(r.out()).get("catalog");
    assertThat(c.get("source").asText()).isEqualTo("drop");
    assertThat(c.get("path").asText()).isEqualTo("kpi-catalog.json");
    assertThat(c.get("sha256").asText()).isNotEqualTo(bundled.get("sha256").asText());
  }

  @Test
  void stderrUnderTestIsNotATerminal() {
    // Surefire redirects stderr to a file or pipe: no progress lines may be drawn there.
    assertThat(Terminal.stderr()).isFalse();
  }

  private static Path copyMini(Path dir) throws Exception {
    Path drop = dir.resolve("drop");
    Path from = Path.of(MINI);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path to = drop.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return drop;
  }

  /** The KPI column of the plain table, each row's wrapped lines joined: id to title. */
  private static java.util.Map<String, String> titleColumn(String out) {
    java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
    int from = -1;
    int to = -1;
    String id = null;
    for (String line : out.split("\n")) {
      if (line.startsWith("ID ")) {
        from = line.indexOf("KPI");
        to = line.indexOf("Value");
        id = null;
        continue;
      }
      if (from < 0 || line.startsWith("-- ") || line.isBlank() || line.length() <= from) {
        id = line.isBlank() ? null : id;
        continue;
      }
      String cell = line.substring(from, Math.min(to, line.length())).strip();
      if (!line.startsWith(" ")) {
        id = line.substring(0, line.indexOf(' '));
        titles.put(id, cell);
      } else if (id != null && line.charAt(from) != ' ') {
        // A title's next line starts in the KPI column; comparators and notes are indented.
        titles.put(id, titles.get(id) + " " + cell);
      }
    }
    return titles;
  }

  private static String text(XSSFSheet s) {
    StringBuilder b = new StringBuilder();
    s.forEach(
        r ->
            r.forEach(
                c -> {
                  if (c.getCellType() == CellType.STRING) {
                    b.append(c.getStringCellValue()).append('\n');
                  }
                }));
    return b.toString();
  }

  private static XSSFRow find(XSSFSheet s, String id) {
    for (var r : s) {
      var c = r.getCell(2);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(id)) {
        return (XSSFRow) r;
      }
    }
    throw new AssertionError(id + " not on the sheet");
  }
}
