package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kpi.core.measure.District;
import kpi.core.neet.ActivityGroups;
import kpi.core.neet.NeetRecord;
import kpi.core.neet.Send;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** neet-tracking files as analysts have them: CSV in its variants and XLSX. */
class NeetTrackingReaderTest {
  private static final DistrictLookup KENT =
      new DistrictLookup(
          List.of(
              new District("E07000105", "Ashford", 1, List.of()),
              new District("E07000112", "Folkestone and Hythe", 2, List.of("Shepway"))));

  @TempDir Path dir;

  private final Problems problems = new Problems();
  private final List<NeetRecord> records = new ArrayList<>();

  private FileSummary read(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return new NeetTrackingReader(ActivityGroups.standard(), KENT, problems)
        .read(
            new InputFile(p, name, "neet-tracking", InputFile.Format.of(name).orElseThrow()),
            records::add);
  }

  private FileSummary readCsv(String text) throws Exception {
    return read("neet-tracking.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private Problem only(String check) {
    List<Problem> found = problems.kept().stream().filter(p -> p.check().equals(check)).toList();
    assertThat(found).as("problems with check " + check + " in " + problems.kept()).hasSize(1);
    return found.get(0);
  }

  @Test
  void semicolonsBomUkDatesAndLooseHeaders() throws Exception {
    byte[] body =
        ("Person ID;Snapshot Date;date-of-birth;DISTRICT;Activity Code;SEND\n"
                + "p1;31/01/2017;01/09/2000;Ashford;220;K\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    FileSummary s = read("neet-tracking.csv", withBom);
    assertThat(s.rowsAccepted()).isEqualTo(1);
    NeetRecord r = records.get(0);
    assertThat(r.personId()).isEqualTo("p1");
    assertThat(r.snapshot()).isEqualTo(YearMonth.of(2017, 1));
    // Born 1 September 2000: the youngest of the year group, academic age 15 in 2016/17.
    assertThat(r.dateOfBirth()).isEqualTo(LocalDate.of(2000, 9, 1));
    assertThat(r.academicAge()).isEqualTo(15);
    assertThat(r.send()).isEqualTo(Send.K);
    assertThat(problems.errors()).isZero();
  }

  @Test
  void birthdayOn31AugustIsTheOldestOfTheYear() throws Exception {
    readCsv(
        "person_id,snapshot_date,date_of_birth,district,activity_code\n"
            + "p1,2017-01-31,2000-08-31,E07000105,220\n");
    assertThat(records.get(0).academicAge()).isEqualTo(16);
  }

  @Test
  void tabsQuotedNewlinesAndPhysicalLineNumbers() throws Exception {
    readCsv(
        "person_id\tsnapshot_date\tdate_of_birth\tdistrict\tactivity_code\tgender\n"
            + "p1\t2017-01-31\t2000-10-01\tAshford\t220\t\"two\nlines\"\n"
            + "p2\t2017-01-31\t2000-10-01\tAshford\t999\tF\n");
    assertThat(records).hasSize(1);
    Problem p = only("unknown-code");
    assertThat(p.row()).as("the header is line 1; p1 spans lines 2-3").isEqualTo(4);
    assertThat(p.column()).isEqualTo("activity_code");
    assertThat(p.value()).isEqualTo("999");
    assertThat(p.cell()).isNull();
  }

  @Test
  void windows1252IsReadWithAWarning() throws Exception {
    byte[] bytes =
        ("person_id,snapshot_date,date_of_birth,district,activity_code,gender\n"
                + "p1,2017-01-31,2000-10-01,Ashford,220,Zoë\n")
            .getBytes(Charset.forName("windows-1252"));
    read("neet-tracking.csv", bytes);
    assertThat(records.get(0).gender()).isEqualTo("Zoë");
    assertThat(only("encoding").severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void badRowsAreRejectedWithPlaceAndReasonAndCountsReconcile() throws Exception {
    FileSummary s =
        readCsv(
            "person_id,snapshot_date,date_of_birth,district,activity_code\n"
                + "p1,2017-01-31,2000-10-01,Ashford,220\n"
                + "p2,01/31/2017,2000-10-01,Ashford,220\n"
                + "p3,2017-01-31,31/02/2000,Ashford,220\n"
                + "p1,2017-01-31,2000-10-01,Ashford,540\n"
                + "p4,2017-01-31,2000-10-01,Ashfrod,220\n"
                + ",2017-01-31,2000-10-01,Ashford,220\n"
                + "p5,2017-01-31,2000-10-01,Shepway,710\n"
                + "p6,2017-01-31,1999-10-01,Ashford,120\n");
    assertThat(s.rowsRead()).isEqualTo(8);
    assertThat(s.rowsRead()).isEqualTo(s.rowsAccepted() + s.rowsRejected());
    assertThat(s.rowsRejected()).isEqualTo(5);
    assertThat(only("duplicate-key").row()).isEqualTo(5);
    assertThat(only("unknown-district").message()).contains("did you mean \"Ashford\"");
    assertThat(only("missing-value").column()).isEqualTo("person_id");
    assertThat(problems.kept().stream().filter(p -> p.check().equals("bad-date")))
        .extracting(Problem::row)
        .containsExactly(3, 4);
    assertThat(
            problems.kept().stream()
                .filter(p -> p.check().equals("bad-date"))
                .findFirst()
                .orElseThrow()
                .message())
        .contains("US");
    // Custody rows are accepted (the measures take them out of the cohort); pre-16 codes warn.
    assertThat(records).extracting(NeetRecord::personId).containsExactly("p1", "p5", "p6");
    assertThat(records.get(1).district()).isEqualTo("E07000112");
    assertThat(only("pre16-code-post16").severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void missingRequiredColumnRejectsEveryRowOnce() throws Exception {
    FileSummary s =
        readCsv(
            "person_id,snapshot_date,date_of_birth,district\n"
                + "p1,2017-01-31,2000-10-01,Ashford\np2,2017-01-31,2000-10-01,Ashford\n");
    assertThat(s.rowsRejected()).isEqualTo(2);
    assertThat(only("missing-column").message()).contains("activity_code");
  }

  @Test
  void emptyFileAndHeaderOnly() throws Exception {
    readCsv("");
    assertThat(only("empty-file").isError()).isTrue();
    readCsv("person_id,snapshot_date,date_of_birth,district,activity_code\n");
    assertThat(only("no-rows").isError()).isFalse();
  }

  @Test
  void binaryFileNamedCsvIsRefused() {
    assertThatThrownBy(() -> read("neet-tracking.csv", new byte[] {1, 0, 2, 0, 3}))
        .isInstanceOf(ReadFailure.class)
        .hasMessageContaining("not a text file");
  }

  @Test
  void xlsxWithRealDatesNumbersAsTextNumbersAsNumbersAndFormulas() throws Exception {
    Path p = dir.resolve("neet-tracking.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(p)) {
      wb.createSheet("notes").createRow(0).createCell(0).setCellValue("read me");
      XSSFSheet s = wb.createSheet("neet-tracking");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      String[] header = {
        "person_id", "snapshot_date", "date_of_birth", "district", "activity_code"
      };
      XSSFRow h = s.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      XSSFRow r1 = s.createRow(1);
      r1.createCell(0).setCellValue(1001);
      r1.createCell(1).setCellValue(LocalDate.of(2017, 1, 31));
      r1.getCell(1).setCellStyle(date);
      r1.createCell(2).setCellValue(LocalDate.of(2000, 10, 1));
      r1.getCell(2).setCellStyle(date);
      r1.createCell(3).setCellValue("Ashford");
      r1.createCell(4).setCellValue(310.0);
      // row 3 left blank on purpose
      XSSFRow r2 = s.createRow(3);
      r2.createCell(0).setCellValue("p2");
      r2.createCell(1).setCellValue("2017-01-31");
      r2.createCell(2).setCellValue("01/10/2000");
      r2.createCell(3).setCellValue("Ashford");
      r2.createCell(4).setCellFormula("200+20");
      XSSFRow r3 = s.createRow(4);
      r3.createCell(0).setCellValue("p3");
      r3.createCell(1).setCellValue("2017-01-31");
      r3.createCell(2).setCellValue("2000-10-01");
      r3.createCell(3).setCellValue("Ashford");
      r3.createCell(4).setCellValue("abc");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
    }
    FileSummary s =
        new NeetTrackingReader(ActivityGroups.standard(), KENT, problems)
            .read(
                new InputFile(p, "neet-tracking.xlsx", "neet-tracking", InputFile.Format.XLSX),
                records::add);
    assertThat(s.rowsRead()).isEqualTo(3);
    assertThat(records).extracting(NeetRecord::personId).containsExactly("1001", "p2");
    assertThat(records.get(0).activityCode()).isEqualTo(310);
    assertThat(records.get(0).dateOfBirth()).isEqualTo(LocalDate.of(2000, 10, 1));
    assertThat(records.get(1).activityCode()).isEqualTo(220);
    assertThat(records.get(1).dateOfBirth()).isEqualTo(LocalDate.of(2000, 10, 1));
    Problem bad = only("bad-number");
    assertThat(bad.row()).isEqualTo(5);
    assertThat(bad.cell()).isEqualTo("'neet-tracking'!E5");
  }

  @Test
  void excelSerialDateInASpreadsheetTextCell() {
    assertThat(Dates.parse("42766", true)).isEqualTo(LocalDate.of(2017, 1, 31));
    assertThatThrownBy(() -> Dates.parse("42766", false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void icCodesSetCareFlagsAndTheVulnerableGroupAndWarnOnUnknownCodes() throws Exception {
    // 110 looked after, 160 care leaver; 110-210 but 120 and 180 are the vulnerable group
    // (NCCIS individual characteristics). Separators: any run of ; , | and spaces.
    readCsv(
        "person_id,snapshot_date,academic_age,activity_code,ic_codes\n"
            + "p1,2017-01-31,16,220,110\n"
            + "p2,2017-01-31,16,220,  120 ;; 180 |\n"
            + "p3,2017-01-31,16,220,160|130\n"
            + "p4,2017-01-31,16,220,\n"
            + "p5,2017-01-31,16,220,\"abc; 999 ,\t210\"\n");
    assertThat(records).hasSize(5);
    assertThat(records.get(0).lookedAfter()).isTrue();
    assertThat(records.get(0).careLeaver()).isFalse();
    assertThat(records.get(0).vulnerableGroup()).isTrue();
    assertThat(records.get(1).lookedAfter()).isFalse();
    assertThat(records.get(1).vulnerableGroup()).isFalse();
    assertThat(records.get(2).lookedAfter()).isFalse();
    assertThat(records.get(2).careLeaver()).isTrue();
    assertThat(records.get(2).vulnerableGroup()).isTrue();
    assertThat(records.get(3).lookedAfter()).isFalse();
    assertThat(records.get(3).vulnerableGroup()).isFalse();
    assertThat(records.get(4).vulnerableGroup()).isTrue();
    assertThat(
            problems.kept().stream()
                .filter(p -> p.check().equals("unknown-code"))
                .map(p -> p.row() + ":" + p.value()))
        .containsExactly("6:abc", "6:999");
  }
}
