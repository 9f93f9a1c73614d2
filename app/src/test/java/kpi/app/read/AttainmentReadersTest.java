package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kpi.core.attainment.Age19Result;
import kpi.core.attainment.Ks4Result;
import kpi.core.attainment.Ks5Result;
import kpi.core.measure.District;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attainment rows split over several files, and grades that are no grade. */
class AttainmentReadersTest {
  private static final String KS4 = "pupil_id,academic_year,district,english_grade,maths_grade\n";
  private static final String KS5 =
      "student_id,academic_year,district,qualification_type," + "entries,points\n";
  private static final String AGE19 =
      "person_id,cohort_year,district,em_pass_at_16," + "em_pass_by_19\n";

  @TempDir Path dir;

  private final Problems problems = new Problems();
  private final AttainmentReaders readers =
      new AttainmentReaders(
          new DistrictLookup(List.of(new District("E07000105", "Ashford", 1, List.of()))),
          problems);

  private InputFile file(String name, String kind, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return new InputFile(p, name, kind, InputFile.Format.CSV);
  }

  private List<Problem> found(String check) {
    return problems.kept().stream().filter(p -> p.check().equals(check)).toList();
  }

  @Test
  void aPupilInTwoKs4FilesIsCountedOnce() throws Exception {
    List<Ks4Result> rows = new ArrayList<>();
    readers.ks4(
        file(
            "attainment-ks4-a.csv",
            AttainmentReaders.KS4,
            KS4 + "P1,2016/17,Ashford,5,4\nP2,2016/17,Ashford,3,3\n"),
        rows::add);
    FileSummary second =
        readers.ks4(
            file(
                "attainment-ks4-b.csv",
                AttainmentReaders.KS4,
                KS4 + "P1,2016/17,Ashford,5,4\nP1,2015/16,Ashford,5,4\n"),
            rows::add);
    // P1 2016/17 again in the second file is a duplicate; P1 in 2015/16 is another year
    assertThat(rows).hasSize(3);
    assertThat(second.rowsRejected()).isEqualTo(1);
    assertThat(found("duplicate-key"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("attainment-ks4-b.csv");
              assertThat(p.row()).isEqualTo(2);
            });
  }

  @Test
  void aStudentsQualificationInTwo1618FilesIsCountedOnce() throws Exception {
    List<Ks5Result> rows = new ArrayList<>();
    readers.ks5(
        file(
            "attainment-16-18-a.csv",
            AttainmentReaders.KS5,
            KS5 + "S1,2016/17,Ashford,a-level,3,120\n"),
        rows::add);
    readers.ks5(
        file(
            "attainment-16-18-b.csv",
            AttainmentReaders.KS5,
            KS5 + "S1,2016/17,Ashford,a-level,3,120\nS1,2016/17,Ashford,tech-level,1,28\n"),
        rows::add);
    // the same student, year and qualification type again is a duplicate; another type is not
    assertThat(rows)
        .extracting(Ks5Result::qualificationType)
        .containsExactly("a-level", "tech-level");
    assertThat(found("duplicate-key"))
        .singleElement()
        .satisfies(p -> assertThat(p.file()).isEqualTo("attainment-16-18-b.csv"));
  }

  @Test
  void aPersonInTwoAge19FilesIsCountedOnce() throws Exception {
    List<Age19Result> rows = new ArrayList<>();
    readers.age19(
        file("attainment-age19-a.csv", AttainmentReaders.AGE19, AGE19 + "Y1,2016/17,Ashford,N,Y\n"),
        rows::add);
    readers.age19(
        file(
            "attainment-age19-b.csv",
            AttainmentReaders.AGE19,
            AGE19 + "Y1,2016/17,Ashford,N,Y\nY2,2016/17,Ashford,N,N\n"),
        rows::add);
    assertThat(rows).extracting(Age19Result::personId).containsExactly("Y1", "Y2");
    assertThat(found("duplicate-key")).hasSize(1);
  }

  @Test
  void gradeXIsNoPassWithTheWarningThat10And0Get() throws Exception {
    List<Ks4Result> rows = new ArrayList<>();
    readers.ks4(
        file(
            "attainment-ks4.csv",
            AttainmentReaders.KS4,
            KS4 + "P1,2016/17,Ashford,X,4\nP2,2016/17,Ashford,10,4\nP3,2016/17,Ashford,5,0\n"),
        rows::add);
    // every pupil is kept (in the denominator) with the unreadable grade left blank: no pass
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).english()).isNull();
    assertThat(found("unknown-code")).extracting(Problem::value).containsExactly("X", "10", "0");
    assertThat(found("unknown-code"))
        .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
  }
}
