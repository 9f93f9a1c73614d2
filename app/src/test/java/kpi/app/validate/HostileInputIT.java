package kpi.app.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kpi.app.Main;
import kpi.app.ProjectFiles;
import kpi.app.generate.LargeDropGenerator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The corpus in test resources hostile/ (see its README): each case's exit, check and place. */
class HostileInputIT {
  private static final Path CORPUS = ProjectFiles.resource("hostile");

  record Run(int exit, JsonNode report, String err) {}

  static Run validate(Path drop) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            new String[] {"validate", "--data", drop.toString(), "--format", "json"});
    assertThat(err.toString())
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("OutOfMemoryError")
        .doesNotContain("internal error");
    assertThat(code).as("exit code").isNotEqualTo(4);
    JsonNode report = new ObjectMapper().readTree(out.toString());
    for (JsonNode p : report.get("problems")) {
      // Messages speak of the file, never of the parser that read it.
      assertThat(p.get("message").asText())
          .doesNotContain("http://")
          .doesNotContain("Exception")
          .doesNotContain("SAX")
          .doesNotContain("encapsulated token")
          .hasSizeLessThan(600);
    }
    for (JsonNode f : report.get("files")) {
      assertThat(f.get("rows_read").asLong())
          .as(f.toString())
          .isEqualTo(f.get("rows_accepted").asLong() + f.get("rows_rejected").asLong());
    }
    return new Run(code, report, err.toString());
  }

  static JsonNode problem(Run r, String check) {
    for (JsonNode p : r.report().get("problems")) {
      if (p.get("check").asText().equals(check)) {
        return p;
      }
    }
    throw new AssertionError("no " + check + " in " + r.report());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "us-dates,1,bad-date,2,snapshot_date",
    "unknown-code,1,unknown-code,3,activity_code",
    "duplicate,1,duplicate-key,3,person_id",
    "unknown-district,1,unknown-district,2,district",
    "empty,1,empty-file,,",
    "header-only,0,no-rows,,",
    "binary,3,not-csv,,",
    "windows-1252,0,encoding,,",
    "csv-renamed,3,not-xlsx,,",
    "unterminated-quote,3,csv-malformed,,",
    "missing-column,1,missing-column,1,activity_code",
    "bad-catalog,1,catalog,,kpis[0].target.rule",
    "xlsx-cut-short,3,xlsx-unreadable,,",
    "xlsx-empty,3,empty-file,,",
    "xlsx-ref-no-letters,3,xlsx-unreadable,,",
    "xlsx-ref-seven-letters,3,xlsx-unreadable,,",
    "xlsx-ref-beyond-xfd,3,xlsx-unreadable,,",
    "xlsx-row-not-a-number,3,xlsx-unreadable,,",
    "xlsx-row-too-big,3,xlsx-unreadable,,",
    "xlsx-merge-no-row,3,xlsx-unreadable,,",
    "xlsx-merge-colon,3,xlsx-unreadable,,",
    "xlsx-doctype,3,xlsx-unreadable,,",
    "xlsx-no-shared-strings,3,xlsx-unreadable,,",
    "year-typo,1,implausible-date,3,start_date",
    "year-0001-9999,1,implausible-date,2,date_of_birth",
    "no-usable-data,1,bad-date,2,snapshot_date"
  })
  void corpusCase(String folder, int exit, String check, Integer row, String column)
      throws Exception {
    Run r = validate(CORPUS.resolve(folder));
    assertThat(r.exit()).as(folder + ": " + r.report()).isEqualTo(exit);
    JsonNode p = problem(r, check);
    if (row == null) {
      assertThat(p.get("row").isNull()).as(folder).isTrue();
    } else {
      assertThat(p.get("row").asInt()).as(folder).isEqualTo(row);
    }
    if (column != null) {
      assertThat(p.get("column").asText()).as(folder).isEqualTo(column);
    }
    assertThat(r.report().get("valid").asBoolean()).isEqualTo(exit == 0);
  }

  @Test
  void nearDistrictNamesGetAHint() throws Exception {
    assertThat(
            problem(validate(CORPUS.resolve("unknown-district")), "unknown-district")
                .get("message")
                .asText())
        .contains("did you mean \"Ashford\"");
  }

  @Test
  void zipBombIsRefused(@TempDir Path dir) throws Exception {
    Path drop = dir.resolve("drop");
    Files.createDirectories(drop);
    Path small = dir.resolve("small.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream o = Files.newOutputStream(small)) {
      wb.createSheet("neet-tracking").createRow(0).createCell(0).setCellValue("person_id");
      wb.write(o);
    }
    // The same workbook with its sheet swapped for 300 MB of one repeated row.
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(small));
        ZipOutputStream out =
            new ZipOutputStream(Files.newOutputStream(drop.resolve("neet-tracking.xlsx")))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().startsWith("xl/worksheets/")) {
          byte[] row =
              "<row><c t=\"inlineStr\"><is><t>aaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>"
                  .getBytes(StandardCharsets.UTF_8);
          out.write(
              ("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats"
                      + ".org/spreadsheetml/2006/main\"><sheetData>")
                  .getBytes(StandardCharsets.UTF_8));
          for (int i = 0; i < 300_000_000 / row.length; i++) {
            out.write(row);
          }
          out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    Run r = validate(drop);
    assertThat(r.exit()).isEqualTo(3);
    assertThat(problem(r, "xlsx-too-large").get("message").asText()).contains("refused");
  }

  @Test
  void lineLongerThanAMegabyteIsRefused(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("neet-tracking.csv"),
        "person_id,snapshot_date\n" + "x".repeat(2_000_000) + "\n");
    Run r = validate(dir);
    assertThat(r.exit()).isEqualTo(3);
    assertThat(problem(r, "line-too-long").get("message").asText()).contains("line 2");
  }

  @Test
  void passwordProtectedWorkbookIsRefused(@TempDir Path dir) throws Exception {
    Path plain = dir.resolve("plain.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream o = Files.newOutputStream(plain)) {
      wb.createSheet("neet-tracking").createRow(0).createCell(0).setCellValue("person_id");
      wb.write(o);
    }
    Path drop = dir.resolve("drop");
    Files.createDirectories(drop);
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        Files.copy(plain, os);
      }
      try (OutputStream o = Files.newOutputStream(drop.resolve("neet-tracking.xlsx"))) {
        fs.writeFilesystem(o);
      }
    }
    Run r = validate(drop);
    assertThat(r.exit()).isEqualTo(3);
    assertThat(problem(r, "xlsx-encrypted").get("message").asText()).contains("password");
  }

  @Test
  void oldBinaryExcelIsRead(@TempDir Path dir) throws Exception {
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream o = Files.newOutputStream(dir.resolve("neet-tracking.xls"))) {
      var s = wb.createSheet("neet-tracking");
      String[] head = {"person_id", "snapshot_date", "date_of_birth", "district", "activity_code"};
      var h = s.createRow(0);
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      var r = s.createRow(1);
      r.createCell(0).setCellValue("p1");
      r.createCell(1).setCellValue("2017-01-31");
      r.createCell(2).setCellValue("2000-10-01");
      r.createCell(3).setCellValue("Ashford");
      r.createCell(4).setCellValue(220);
      wb.write(o);
    }
    Run run = validate(dir);
    assertThat(run.exit()).as(run.report().toString()).isZero();
    assertThat(run.report().get("files").get(0).get("rows_accepted").asInt()).isEqualTo(1);
  }

  /** A full sheet (Excel's row limit) validated in a JVM with a 256 MB heap. */
  @Test
  void aFullSheetIsReadInBoundedMemory(@TempDir Path dir) throws Exception {
    LargeDropGenerator.write(dir, 1_048_575, 3, true);
    Path report = dir.resolve("report.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "kpi.app.Main",
                    "validate",
                    "--data",
                    dir.toString(),
                    "--format",
                    "json",
                    "-o",
                    report.toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
    JsonNode r = new ObjectMapper().readTree(report.toFile());
    assertThat(r.get("files").get(1).get("rows_read").asLong()).isEqualTo(1_048_575L);
  }

  @Test
  void spreadsheetFormulaTextIsNeutralisedInOutputs(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("out.csv");
    Path drop = CORPUS.resolve("formula-injection");
    Map<String, String> before = sha256OfEveryFile(drop);
    assertThat(before).isNotEmpty();
    int code =
        Main.run(
            new PrintWriter(java.io.Writer.nullWriter()),
            new PrintWriter(java.io.Writer.nullWriter()),
            new String[] {
              "scorecard",
              "--data",
              drop.toString(),
              "--period",
              "2017-01",
              "--breakdown",
              "-o",
              csv.toString()
            });
    assertThat(code).isZero();
    String text = Files.readString(csv);
    assertThat(text).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    // the inputs are never touched: the same files with the same bytes, none added or removed
    assertThat(sha256OfEveryFile(drop)).isEqualTo(before);
  }

  /** Relative path to SHA-256 of every regular file under a folder. */
  static Map<String, String> sha256OfEveryFile(Path root) throws Exception {
    Map<String, String> out = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        byte[] digest =
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
        out.put(root.relativize(f).toString(), java.util.HexFormat.of().formatHex(digest));
      }
    }
    return out;
  }

  @Test
  void mergedHeaderCellsAreRefused(@TempDir Path dir) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream o = Files.newOutputStream(dir.resolve("neet-tracking.xlsx"))) {
      var s = wb.createSheet("neet-tracking");
      var h = s.createRow(0);
      h.createCell(0).setCellValue("person_id");
      h.createCell(2).setCellValue("date_of_birth");
      s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 1));
      s.createRow(1).createCell(0).setCellValue("p1");
      wb.write(o);
    }
    Run r = validate(dir);
    assertThat(r.exit()).isEqualTo(3);
    assertThat(problem(r, "merged-header").get("message").asText()).contains("A1:B1");
  }

  /** Things named like data files that are not files: refused up front, reported, never read. */
  @Test
  void nonRegularFilesAreRefusedNotSkipped(@TempDir Path dir) throws Exception {
    Path folder = drop(dir, "folder");
    Files.createDirectories(folder.resolve("neet-tracking.csv"));
    Path dangling = drop(dir, "dangling");
    Files.createSymbolicLink(dangling.resolve("neet-tracking.csv"), dir.resolve("nowhere.csv"));
    Path device = drop(dir, "device");
    Files.createSymbolicLink(device.resolve("neet-tracking.csv"), Path.of("/dev/zero"));
    Path fifo = drop(dir, "fifo");
    boolean fifoMade =
        new ProcessBuilder("mkfifo", fifo.resolve("neet-tracking.csv").toString()).start().waitFor()
            == 0;
    List<Path> drops =
        fifoMade ? List.of(folder, dangling, device, fifo) : List.of(folder, dangling, device);
    for (Path d : drops) {
      // A pipe or /dev/zero would be read for ever: the whole run is bounded.
      Run r =
          org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
              java.time.Duration.ofSeconds(60), () -> validate(d));
      assertThat(r.exit()).as(d.getFileName() + ": " + r.report()).isEqualTo(3);
      JsonNode p = problem(r, "file-unreadable");
      assertThat(p.get("file").asText()).isEqualTo("neet-tracking.csv");
    }
    assertThat(problem(validate(folder), "file-unreadable").get("message").asText())
        .contains("folder");
    assertThat(problem(validate(dangling), "file-unreadable").get("message").asText())
        .contains("does not exist");
    if (fifoMade) {
      StringWriter err = new StringWriter();
      int code =
          org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
              java.time.Duration.ofSeconds(60),
              () ->
                  Main.run(
                      new PrintWriter(java.io.Writer.nullWriter()),
                      new PrintWriter(err, true),
                      "validate",
                      fifo.resolve("neet-tracking.csv").toString()));
      assertThat(code).as(err.toString()).isEqualTo(3);
    }
  }

  private static Path drop(Path dir, String name) throws Exception {
    Path d = dir.resolve(name);
    Files.createDirectories(d.resolve("reference"));
    Files.copy(
        CORPUS.resolve("us-dates/reference/districts.csv"), d.resolve("reference/districts.csv"));
    return d;
  }

  /** A number of a million digits is refused by its length, not parsed (which took 15 s). */
  @Test
  void aMillionDigitNumberIsRefusedByItsLength(@TempDir Path dir) throws Exception {
    Path d = drop(dir, "long-number");
    Files.writeString(
        d.resolve("neet-tracking.csv"),
        "person_id,snapshot_date,date_of_birth,"
            + "district,activity_code\np1,2017-01-31,2000-10-01,Ashford,"
            + "9".repeat(1_000_000)
            + "\np2,2017-01-31,2000-10-01,Ashford,1."
            + "9".repeat(1_000_000)
            + "\n");
    Run r =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(10), () -> validate(d));
    assertThat(r.exit()).isEqualTo(1);
    JsonNode p = problem(r, "bad-number");
    assertThat(p.get("row").asInt()).isEqualTo(2);
    assertThat(p.get("message").asText()).contains("1000000 characters");
    assertThat(r.report().get("files").get(1).get("rows_rejected").asInt()).isEqualTo(2);
  }

  /**
   * A quote opened on line 2 of a large CSV and never closed: the field is bounded like a line, so
   * it is refused in a small heap instead of swallowing the file.
   */
  @Test
  void anOpenQuoteInALargeFileIsBoundedBeforeItExhaustsMemory(@TempDir Path dir) throws Exception {
    Path d = drop(dir, "open-quote");
    Path csv = d.resolve("neet-tracking.csv");
    byte[] line = "p2,2017-01-31,2000-10-01,Ashford,220\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(csv), 1 << 16)) {
      o.write(
          ("person_id,snapshot_date,date_of_birth,district,activity_code\n"
                  + "p1,\"2017-01-31,2000-10-01,Ashford,220\n")
              .getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < 80_000_000L; written += line.length) {
        o.write(line);
      }
    }
    Path report = dir.resolve("report.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx64m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "kpi.app.Main",
                    "validate",
                    "--data",
                    d.toString(),
                    "--format",
                    "json",
                    "-o",
                    report.toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(dir.resolve("child.log"));
    assertThat(p.exitValue()).as(log).isEqualTo(3);
    assertThat(log).doesNotContain("memory").doesNotContain("Exception");
    JsonNode r = new ObjectMapper().readTree(report.toFile());
    JsonNode problem = null;
    for (JsonNode x : r.get("problems")) {
      if (x.get("check").asText().equals("csv-malformed")) {
        problem = x;
      }
    }
    assertThat(problem).as(r.toString()).isNotNull();
    assertThat(problem.get("message").asText()).contains("quote opened on line 2");
  }

  /**
   * A typo year rejects its row in validate and in scorecard alike: the same rows are left out, and
   * the scorecard still runs on the rest (it used to refuse the whole drop, or crash).
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"year-typo", "year-0001-9999"})
  void implausibleDatesAreTheSameRowErrorsInValidateAndScorecard(String folder, @TempDir Path dir)
      throws Exception {
    Run v = validate(CORPUS.resolve(folder));
    assertThat(v.exit()).isEqualTo(1);
    Path json = dir.resolve("scorecard.json");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(java.io.Writer.nullWriter()),
            new PrintWriter(err, true),
            "scorecard",
            "--data",
            CORPUS.resolve(folder).toString(),
            "--format",
            "json",
            "-o",
            json.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString())
        .contains("check the year")
        .doesNotContain("academic year out of range");
    JsonNode inputs = new ObjectMapper().readTree(json.toFile()).get("inputs");
    for (JsonNode f : v.report().get("files")) {
      JsonNode same = null;
      for (JsonNode i : inputs) {
        if (i.get("file").asText().equals(f.get("file").asText())) {
          same = i;
        }
      }
      assertThat(same).as(f.toString()).isNotNull();
      assertThat(same.get("rows_rejected").asLong())
          .as(f.toString())
          .isEqualTo(f.get("rows_rejected").asLong());
      assertThat(same.get("rows_accepted").asLong())
          .as(f.toString())
          .isEqualTo(f.get("rows_accepted").asLong());
    }
  }

  /** Nothing usable in a drop is a data problem (exit 1) for every computing command. */
  @Test
  void aDropWithNoUsableDataExitsOne(@TempDir Path dir) throws Exception {
    String drop = CORPUS.resolve("no-usable-data").toString();
    for (String[] args :
        List.of(
            new String[] {"scorecard", "--data", drop},
            new String[] {"datapack", "--data", drop, "--out", dir.resolve("packs").toString()},
            new String[] {"explain", "KPI-07", "--data", drop})) {
      StringWriter err = new StringWriter();
      int code =
          Main.run(new PrintWriter(java.io.Writer.nullWriter()), new PrintWriter(err, true), args);
      assertThat(code).as(args[0] + ": " + err).isEqualTo(1);
      assertThat(err.toString()).contains("no usable value").doesNotContain("\tat ");
    }
    assertThat(dir.resolve("packs")).doesNotExist();
  }
}
