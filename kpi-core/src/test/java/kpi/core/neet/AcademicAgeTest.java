package kpi.core.neet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import kpi.core.period.Period.AcademicYear;
import org.junit.jupiter.api.Test;

/**
 * Academic age is the age on 31 August at the start of the academic year (1 September - 31 August)
 * containing the snapshot (docs/dfe-definitions.md 1.2; data-formats.md neet-tracking).
 *
 * <p>Worked example for 2016/17, whose age date is 31 August 2016: a child born on 31 August 2000
 * turns 16 that very day, so is academic age 16 (the oldest of Year 12); a child born a day later,
 * on 1 September 2000, is still 15 on 31 August 2016, so is academic age 15 (the youngest of Year
 * 11), and becomes academic age 16 only in 2017/18.
 */
class AcademicAgeTest {
  private static final AcademicYear Y2016 = new AcademicYear(2016);
  private static final AcademicYear Y2017 = new AcademicYear(2017);

  @Test
  void bornOn31AugustIsTheOldestOfTheYearGroup() {
    assertThat(AcademicAge.on(LocalDate.of(2000, 8, 31), Y2016)).isEqualTo(16);
    assertThat(AcademicAge.on(LocalDate.of(2000, 8, 31), Y2017)).isEqualTo(17);
  }

  @Test
  void bornOn1SeptemberIsTheYoungestOfTheNextYearGroup() {
    assertThat(AcademicAge.on(LocalDate.of(2000, 9, 1), Y2016)).isEqualTo(15);
    assertThat(AcademicAge.on(LocalDate.of(2000, 9, 1), Y2017)).isEqualTo(16);
  }

  @Test
  void oneDayApartAcrossTheCutOffIsOneAcademicYearApart() {
    int born31Aug = AcademicAge.on(LocalDate.of(2000, 8, 31), Y2016);
    int born1Sep = AcademicAge.on(LocalDate.of(2000, 9, 1), Y2016);
    assertThat(born31Aug - born1Sep).isEqualTo(1);
  }

  @Test
  void year12In2016To17IsBornSeptember1999ToAugust2000() {
    assertThat(AcademicAge.on(LocalDate.of(1999, 9, 1), Y2016)).isEqualTo(16);
    assertThat(AcademicAge.on(LocalDate.of(2000, 1, 15), Y2016)).isEqualTo(16);
    assertThat(AcademicAge.on(LocalDate.of(2000, 8, 31), Y2016)).isEqualTo(16);
    assertThat(AcademicAge.on(LocalDate.of(1999, 8, 31), Y2016)).isEqualTo(17);
  }

  @Test
  void leapDayBirthdaysCount() {
    assertThat(AcademicAge.on(LocalDate.of(2000, 2, 29), Y2016)).isEqualTo(16);
    assertThat(AcademicAge.on(LocalDate.of(2001, 2, 28), Y2016)).isEqualTo(15);
  }

  @Test
  void snapshotAgeIsFixedForTheWholeAcademicYear() {
    LocalDate dob = LocalDate.of(2000, 9, 1);
    // September 2016 to August 2017 are all in 2016/17: academic age 15 although the child
    // turns 16 on 1 September 2016.
    assertThat(AcademicAge.at(dob, YearMonth.of(2016, 9))).isEqualTo(15);
    assertThat(AcademicAge.at(dob, YearMonth.of(2016, 12))).isEqualTo(15);
    assertThat(AcademicAge.at(dob, YearMonth.of(2017, 1))).isEqualTo(15);
    assertThat(AcademicAge.at(dob, YearMonth.of(2017, 3))).isEqualTo(15);
    assertThat(AcademicAge.at(dob, YearMonth.of(2017, 8))).isEqualTo(15);
    // and 16 from the September 2017 snapshot
    assertThat(AcademicAge.at(dob, YearMonth.of(2017, 9))).isEqualTo(16);
  }

  @Test
  void augustSnapshotBelongsToTheYearThatStartedTheSeptemberBefore() {
    LocalDate dob = LocalDate.of(2000, 8, 31);
    assertThat(AcademicAge.at(dob, YearMonth.of(2016, 8))).isEqualTo(15);
    assertThat(AcademicAge.at(dob, YearMonth.of(2016, 9))).isEqualTo(16);
    assertThat(AcademicAge.at(dob, YearMonth.of(2017, 8))).isEqualTo(16);
  }

  @Test
  void recordsDeriveTheirAcademicAgeFromTheDateOfBirth() {
    NeetRecord r =
        NeetRecord.of(
            "P1", YearMonth.of(2017, 1), LocalDate.of(2000, 8, 31), "E07000105", 540, Send.N);
    assertThat(r.academicAge()).isEqualTo(16);
    NeetRecord younger =
        NeetRecord.of(
            "P2", YearMonth.of(2017, 1), LocalDate.of(2000, 9, 1), "E07000105", 540, Send.N);
    assertThat(younger.academicAge()).isEqualTo(15);
  }
}
