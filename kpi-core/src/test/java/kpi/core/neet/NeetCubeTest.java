package kpi.core.neet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeetCubeTest {
  private static final YearMonth JAN = YearMonth.of(2017, 1);
  private static final YearMonth FEB = YearMonth.of(2017, 2);

  private static NeetCube.Cell cell(YearMonth month, int code) {
    return new NeetCube.Cell(month, 16, "D1", Send.N, null, null, "", code);
  }

  @Test
  void countsRecordsByCellNotByRow() {
    NeetCube.Builder cube = NeetCube.builder();
    for (int i = 0; i < 5; i++) {
      cube.add(NeetRecord.of("P" + i, JAN, LocalDate.of(2000, 10, 1), "D1", 540, Send.N));
    }
    cube.add(NeetRecord.of("P9", JAN, LocalDate.of(2000, 10, 1), "D1", 210, Send.N));

    assertThat(cube.build().records()).isEqualTo(6);
    assertThat(cube.build().cells()).isEqualTo(2);
    Map<Integer, Long> byCode = new HashMap<>();
    cube.build().forEach((c, n) -> byCode.merge(c.activityCode(), n, Long::sum));
    assertThat(byCode).containsOnly(Map.entry(540, 5L), Map.entry(210, 1L));
  }

  @Test
  void addsCountsToExistingCellsAndTracksMonths() {
    NeetCube.Builder cube = NeetCube.builder();
    cube.add(cell(FEB, 540), 3);
    cube.add(cell(JAN, 540), 2);
    cube.add(cell(JAN, 540), 4);

    assertThat(cube.build().records()).isEqualTo(9);
    assertThat(cube.build().cells()).isEqualTo(2);
    assertThat(cube.build().months()).containsExactly(JAN, FEB);
    assertThat(cube.build().hasMonth(JAN)).isTrue();
    assertThat(cube.build().hasMonth(YearMonth.of(2016, 12))).isFalse();
    assertThatThrownBy(() -> cube.build().months().add(YearMonth.of(2016, 12)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void mergeAddsEveryCell() {
    NeetCube.Builder a = NeetCube.builder();
    a.add(cell(JAN, 540), 2);
    NeetCube.Builder b = NeetCube.builder();
    b.add(cell(JAN, 540), 3);
    b.add(cell(FEB, 810), 7);

    a.merge(b.build());

    assertThat(a.build().records()).isEqualTo(12);
    assertThat(a.build().cells()).isEqualTo(2);
    assertThat(a.build().months()).containsExactly(JAN, FEB);
    Map<NeetCube.Cell, Long> counts = new HashMap<>();
    a.build().forEach(counts::put);
    assertThat(counts).containsOnly(Map.entry(cell(JAN, 540), 5L), Map.entry(cell(FEB, 810), 7L));
    assertThat(b.build().records()).as("the merged cube is unchanged").isEqualTo(10);
  }

  @Test
  void recordsValidateTheirFields() {
    assertThatThrownBy(() -> NeetRecord.of(" ", JAN, LocalDate.of(2000, 1, 1), "D1", 540, Send.N))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("personId");
    assertThatThrownBy(() -> NeetRecord.of("P", JAN, LocalDate.of(2000, 1, 1), "", 540, Send.N))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("district");
    assertThatThrownBy(() -> NeetRecord.of("P", JAN, LocalDate.of(2000, 1, 1), "D1", 54, Send.N))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("three digits");
    assertThatThrownBy(() -> NeetRecord.of("P", JAN, LocalDate.of(2000, 1, 1), "D1", 1000, Send.N))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NeetRecord("P", JAN, null, -1, "D1", 540, Send.N, null, null, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("academic age");
    assertThatThrownBy(() -> new NeetRecord("P", null, null, 16, "D1", 540, Send.N, null, null, ""))
        .isInstanceOf(NullPointerException.class);
    NeetRecord r = new NeetRecord("P", JAN, null, 16, "D1", 540, Send.K, true, null, null);
    assertThat(r.gender()).isEmpty();
    assertThat(new NeetRecord("P", JAN, null, 16, "D1", 540, Send.K, true, null, " F ").gender())
        .isEqualTo("F");
  }
}
