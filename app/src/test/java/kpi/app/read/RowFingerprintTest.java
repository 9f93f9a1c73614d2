package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Row fingerprints: keys as each kind defines them, content regardless of column order. */
class RowFingerprintTest {
  private static final InputFile NEET =
      new InputFile(Path.of("n.csv"), "n.csv", "neet-tracking", InputFile.Format.CSV);
  private static final InputFile STARTS =
      new InputFile(Path.of("a.csv"), "a.csv", "apprenticeship-starts", InputFile.Format.CSV);

  static Header header(InputFile f, String... names) {
    return Header.match(
        List.of(names),
        Kinds.columns(f.kind()).orElseThrow(),
        new ArrayList<>(),
        new ArrayList<>());
  }

  @Test
  void neetKeyIsPersonAndMonthHoweverTheDateIsWritten() {
    Header h = header(NEET, "person_id", "snapshot_date", "district", "activity_code");
    long iso = RowFingerprint.key(NEET, h, List.of("P1", "2017-01-31", "E1", "610"));
    long uk = RowFingerprint.key(NEET, h, List.of("P1", "31/01/2017", "E1", "410"));
    long otherDay = RowFingerprint.key(NEET, h, List.of(" P1 ", "2017-01-15", "E2", "210"));
    long otherMonth = RowFingerprint.key(NEET, h, List.of("P1", "2017-02-28", "E1", "610"));
    long otherPerson = RowFingerprint.key(NEET, h, List.of("P2", "2017-01-31", "E1", "610"));
    assertThat(uk).isEqualTo(iso);
    assertThat(otherDay).isEqualTo(iso);
    assertThat(otherMonth).isNotEqualTo(iso);
    assertThat(otherPerson).isNotEqualTo(iso);
    Header byMonth = header(NEET, "snapshot_month", "person_id");
    assertThat(RowFingerprint.key(NEET, byMonth, List.of("2017-01", "P1"))).isEqualTo(iso);
  }

  @Test
  void anAcademicYearAndMonthNumberKeyEachSnapshot() {
    Header h = header(NEET, "person_id", "academic_year", "month_number", "activity_code");
    long jan = RowFingerprint.key(NEET, h, List.of("P1", "2016/17", "1", "610"));
    assertThat(RowFingerprint.key(NEET, h, List.of("P1", "2016/17", "1", "410"))).isEqualTo(jan);
    assertThat(RowFingerprint.key(NEET, h, List.of("P1", "2016/17", "2", "610"))).isNotEqualTo(jan);
    assertThat(RowFingerprint.key(NEET, h, List.of("P1", "2017/18", "1", "610"))).isNotEqualTo(jan);
  }

  @Test
  void contentIgnoresColumnOrderAndExtraColumnsButNotAnyValue() {
    Header a = header(NEET, "person_id", "snapshot_date", "district", "activity_code");
    Header b = header(NEET, "notes", "activity_code", "district", "snapshot_date", "person_id");
    long one = RowFingerprint.content(NEET, a, List.of("P1", "2017-01-31", "E1", "610"));
    assertThat(RowFingerprint.content(NEET, b, List.of("x", "610", "E1", "2017-01-31", "P1")))
        .isEqualTo(one);
    assertThat(RowFingerprint.content(NEET, a, List.of("P1", "2017-01-31", "E1", "620")))
        .isNotEqualTo(one);
    assertThat(RowFingerprint.content(NEET, a, List.of("P1", "2017-01-31", "E1")))
        .as("a missing cell is not the same as its value")
        .isNotEqualTo(one);
  }

  @Test
  void apprenticeshipStartsAreKeyedByStartIdWhenThereIsOne() {
    Header withId = header(STARTS, "start_id", "learner_id", "start_date", "standard_code");
    Header without = header(STARTS, "learner_id", "start_date", "standard_code");
    assertThat(RowFingerprint.key(STARTS, withId, List.of("S1", "L1", "2016-09-01", "ST1")))
        .isEqualTo(RowFingerprint.key(STARTS, withId, List.of("S1", "L9", "2017-01-01", "")));
    assertThat(RowFingerprint.key(STARTS, without, List.of("L1", "2016-09-01", "ST1")))
        .isEqualTo(RowFingerprint.key(STARTS, without, List.of("L1", "01/09/2016", "ST1")))
        .isNotEqualTo(RowFingerprint.key(STARTS, without, List.of("L1", "2016-09-02", "ST1")));
  }

  @Test
  void returnsKeysIgnoreTheCaseOfTheKpiId() {
    InputFile returns = new InputFile(Path.of("r.csv"), "r.csv", "returns", InputFile.Format.CSV);
    Header h = header(returns, "kpi_id", "period", "area", "value");
    assertThat(RowFingerprint.key(returns, h, List.of("kpi-09", "2016/17", "", "3.9")))
        .isEqualTo(RowFingerprint.key(returns, h, List.of("KPI-09", "2016/17", "", "5.2")));
  }
}
