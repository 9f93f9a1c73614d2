package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kpi.core.apprenticeship.ApprenticeshipStart;
import kpi.core.apprenticeship.LevelBand;
import kpi.core.measure.District;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** apprenticeship-starts rows: good ones become starts, bad ones are located and explained. */
class ApprenticeshipStartsReaderTest {
  private static final String HEADER =
      "start_id,learner_id,start_date,age_at_start,level,"
          + "district,employer_id,employer_type,status,end_date,care_leaver\n";

  @TempDir Path dir;

  private final Problems problems = new Problems();
  private final List<ApprenticeshipStart> starts = new ArrayList<>();

  private FileSummary read(String body) throws Exception {
    Path p = dir.resolve("apprenticeship-starts.csv");
    Files.writeString(p, HEADER + body, StandardCharsets.UTF_8);
    DistrictLookup districts =
        new DistrictLookup(List.of(new District("E07000105", "Ashford", 1, List.of())));
    return new ApprenticeshipStartsReader(districts, problems)
        .read(
            new InputFile(
                p, "apprenticeship-starts.csv", "apprenticeship-starts", InputFile.Format.CSV),
            starts::add);
  }

  private Problem only(String check) {
    List<Problem> found = problems.kept().stream().filter(p -> p.check().equals(check)).toList();
    assertThat(found).as(check + " in " + problems.kept()).hasSize(1);
    return found.get(0);
  }

  @Test
  void levelWordsAgesDistrictsAndFlags() throws Exception {
    FileSummary s =
        read(
            "a1,L1,2016-09-01,17,Advanced,Ashford,KCC,council,completed,"
                + "2017-06-30,Y\n"
                + "a2,L1,2017-02-01,17,Degree,out-of-area,E1,private,,,\n");
    assertThat(s.rowsAccepted()).isEqualTo(2);
    assertThat(starts.get(0).level()).isEqualTo(3);
    assertThat(starts.get(0).careLeaver()).isTrue();
    assertThat(starts.get(1).levelBand()).isEqualTo(LevelBand.HIGHER);
    assertThat(starts.get(1).district()).isEqualTo(ApprenticeshipStart.OUT_OF_AREA);
  }

  @Test
  void badRowsAreRejectedWithReasons() throws Exception {
    FileSummary s =
        read(
            "a1,L1,2016-09-01,17,Expert,Ashford,E1,private,,,\n"
                + "a2,L2,2016-09-01,15,2,Ashford,E1,private,,,\n"
                + "a3,L3,2016-09-01,17,2,Ashford,E1,private,withdrawn,2016-08-01,\n"
                + "a4,L4,2016-09-01,17,2,Ashford,E1,councl,,,\n"
                + "a4,L5,2016-09-02,17,2,Ashford,E1,private,,,\n");
    assertThat(s.rowsRead()).isEqualTo(5);
    // level, age and the duplicate reject; the end date before the start only blanks the date
    assertThat(s.rowsRejected()).isEqualTo(3);
    assertThat(only("unknown-code").column()).isEqualTo("level");
    assertThat(only("out-of-range").message()).contains("under 16");
    Problem end = only("end-before-start");
    assertThat(end.row()).isEqualTo(4);
    assertThat(end.severity()).isEqualTo(Severity.WARNING);
    assertThat(end.message()).contains("left blank");
    Problem type = only("unknown-employer-type");
    assertThat(type.severity()).isEqualTo(Severity.WARNING);
    assertThat(type.message()).contains("did you mean \"council\"");
    assertThat(only("duplicate-key").row()).isEqualTo(6);
    // a3 (withdrawn, end date blanked) and a4 are kept
    assertThat(starts).extracting(ApprenticeshipStart::learnerId).containsExactly("L3", "L4");
    assertThat(starts.get(0).endDate()).isNull();
  }

  @Test
  void startsAfterTheDropsDateAreFlagged() throws Exception {
    Path p = dir.resolve("apprenticeship-starts.csv");
    Files.writeString(p, HEADER + "a1,L1,2017-11-01,17,2,Ashford,E1,private,,,\n");
    new ApprenticeshipStartsReader(new DistrictLookup(List.of()), problems)
        .notAfter(java.time.LocalDate.of(2017, 8, 31))
        .read(
            new InputFile(
                p, "apprenticeship-starts.csv", "apprenticeship-starts", InputFile.Format.CSV),
            starts::add);
    assertThat(only("future-start").message()).contains("2017-08-31");
    assertThat(starts).hasSize(1);
  }

  /** More than a year after the drop's date is a typo year: the row is rejected. */
  @Test
  void startsMoreThanAYearAfterTheDropsDateAreRejected() throws Exception {
    Path p = dir.resolve("apprenticeship-starts.csv");
    Files.writeString(
        p,
        HEADER
            + "a1,L1,2071-09-01,17,2,Ashford,E1,private,,,\n"
            + "a2,L2,1949-12-31,17,2,Ashford,E1,private,,,\n");
    new ApprenticeshipStartsReader(new DistrictLookup(List.of()), problems)
        .notAfter(java.time.LocalDate.of(2017, 8, 31))
        .read(
            new InputFile(
                p, "apprenticeship-starts.csv", "apprenticeship-starts", InputFile.Format.CSV),
            starts::add);
    assertThat(problems.kept())
        .extracting(Problem::check)
        .containsExactly("implausible-date", "implausible-date");
    assertThat(problems.kept().get(0).message()).contains("2018-08-31");
    assertThat(starts).isEmpty();
  }

  @Test
  void plannedEndDatesAreReadAndOneBeforeTheStartIsBlanked() throws Exception {
    Path p = dir.resolve("apprenticeship-starts.csv");
    Files.writeString(
        p,
        "learner_id,start_date,age_at_start,level,district,employer_id,status,"
            + "end_date,planned_end_date\n"
            + "L1,2016-09-01,17,2,Ashford,E1,completed,2017-06-01,2017-09-01\n"
            + "L2,2016-09-01,17,2,Ashford,E1,continuing,,2015-09-01\n");
    new ApprenticeshipStartsReader(
            new DistrictLookup(List.of(new District("E07000105", "Ashford", 1, List.of()))),
            problems)
        .read(
            new InputFile(
                p, "apprenticeship-starts.csv", "apprenticeship-starts", InputFile.Format.CSV),
            starts::add);
    assertThat(starts).hasSize(2);
    assertThat(starts.get(0).plannedEndDate()).isEqualTo(java.time.LocalDate.of(2017, 9, 1));
    // the later of end (June 2017) and planned end (September 2017): 2017/18's outcome
    assertThat(starts.get(0).outcomeDate()).isEqualTo(java.time.LocalDate.of(2017, 9, 1));
    assertThat(starts.get(1).plannedEndDate()).isNull();
    Problem before = only("end-before-start");
    assertThat(before.column()).isEqualTo("planned_end_date");
    assertThat(before.severity()).isEqualTo(Severity.WARNING);
  }
}
