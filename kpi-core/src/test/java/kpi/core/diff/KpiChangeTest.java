package kpi.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a KPI change reports: each field that moved, and cells whose suppression flipped. */
class KpiChangeTest {

  static KpiFigures.Cell cell(String code, boolean suppressed) {
    return new KpiFigures.Cell("district", code, "D" + code, 1.0, suppressed);
  }

  static KpiFigures figures(
      Double value,
      Double num,
      String status,
      String direction,
      Integer rank,
      Integer quintile,
      List<KpiFigures.Cell> cells) {
    return new KpiFigures(
        "K", "K title", "percent", value, num, 100.0, status, direction, rank, quintile, cells);
  }

  @Test
  void identicalFiguresAreNoChange() {
    KpiFigures f =
        figures(
            5.0, 5.0, "ACHIEVING", "IMPROVING", 3, 2, List.of(cell("1", false), cell("2", true)));
    KpiChange c = KpiChange.between(f, f);
    assertThat(c.changed()).isFalse();
    assertThat(c.change()).isEqualTo(0.0);
  }

  @Test
  void eachFieldIsReportedOnItsOwn() {
    KpiFigures a = figures(5.0, 5.0, "ACHIEVING", "IMPROVING", 3, 2, List.of());
    assertThat(KpiChange.between(a, figures(5.0, 5.0, "ACHIEVING", "IMPROVING", 4, 2, List.of())))
        .extracting(KpiChange::rankChanged, KpiChange::restated, KpiChange::changed)
        .containsExactly(true, false, true);
    assertThat(KpiChange.between(a, figures(5.0, 5.0, "ACHIEVING", "IMPROVING", 3, 3, List.of())))
        .extracting(KpiChange::quintileChanged)
        .isEqualTo(true);
    assertThat(KpiChange.between(a, figures(5.0, 5.0, "ACHIEVING", "WORSENING", 3, 2, List.of())))
        .extracting(KpiChange::directionChanged, KpiChange::statusChanged)
        .containsExactly(true, false);
    assertThat(KpiChange.between(a, figures(5.0, 6.0, "ACHIEVING", "IMPROVING", 3, 2, List.of())))
        .extracting(KpiChange::countsChanged, KpiChange::restated)
        .containsExactly(true, false);
    KpiChange v =
        KpiChange.between(a, figures(5.5, 5.5, "NEAR_TARGET", "IMPROVING", 3, 2, List.of()));
    assertThat(v.restated()).isTrue();
    assertThat(v.statusChanged()).isTrue();
    assertThat(v.change()).isEqualTo(0.5);
  }

  @Test
  void cellsThatBecameSuppressedOrShownAreListedInTheNewOrder() {
    KpiFigures a =
        figures(
            5.0,
            5.0,
            "ACHIEVING",
            "IMPROVING",
            null,
            null,
            List.of(cell("1", false), cell("2", true), cell("3", false), cell("4", true)));
    KpiFigures b =
        figures(
            5.0,
            5.0,
            "ACHIEVING",
            "IMPROVING",
            null,
            null,
            List.of(
                cell("4", true),
                cell("3", true),
                cell("2", false),
                cell("1", false),
                cell("5", true)));
    assertThat(KpiChange.between(a, b).cells())
        .containsExactly(
            new CellChange.Suppressed("district", "3", "D3"),
            new CellChange.Unsuppressed("district", "2", "D2"));
  }

  @Test
  void aKpiOnOneSideOnlyIsAChangeOfEverything() {
    KpiFigures a = figures(5.0, 5.0, "ACHIEVING", "IMPROVING", null, null, List.of());
    KpiChange gone = KpiChange.between(a, null);
    assertThat(gone.changed()).isTrue();
    assertThat(gone.statusChanged()).isTrue();
    assertThat(gone.change()).isNull();
    assertThat(KpiChange.between(null, a).restated()).isTrue();
  }
}
