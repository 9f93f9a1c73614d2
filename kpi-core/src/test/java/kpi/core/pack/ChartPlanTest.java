package kpi.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kpi.core.catalog.Unit;
import kpi.core.pack.PackModel.Cell;
import kpi.core.pack.PackModel.Chart;
import kpi.core.pack.PackModel.Row;
import kpi.core.pack.PackModel.Table;
import org.junit.jupiter.api.Test;

/** Which charts draw a table: one per scale, a totals row and column left out. */
class ChartPlanTest {
  private static Cell v(Double d) {
    return d == null ? Cell.missing() : new Cell(d, String.valueOf(d), false);
  }

  @Test
  void percentagesScoresAndSmallScoresGetChartsOfTheirOwn() {
    // Attainment 8 (about 45) and Progress 8 (about 0.1): 0.1 x 10 < 45, so apart.
    Table t =
        new Table(
            "KS4",
            "",
            "Year",
            List.of("Pass %", "Attainment 8", "Progress 8"),
            List.of(
                new Row("2015/16", List.of(v(50.0), v(45.0), v(0.1))),
                new Row("2016/17", List.of(v(55.0), v(46.0), v(-0.2)))),
            Chart.LINE,
            Unit.PERCENT,
            List.of());
    List<ChartPlan.Part> parts = ChartPlan.of(t);
    assertThat(parts)
        .extracting(ChartPlan.Part::title)
        .containsExactly("KS4: percentages", "KS4: Attainment 8", "KS4: Progress 8");
    assertThat(parts)
        .extracting(ChartPlan.Part::unit)
        .containsExactly(Unit.PERCENT, Unit.SCORE, Unit.SCORE);
    assertThat(ChartPlan.unitOf(t, 1)).isEqualTo(Unit.SCORE);
    assertThat(parts.get(0).empty()).isFalse();
  }

  @Test
  void totalsAreNotDrawnAndAnEmptyChartSaysSo() {
    Table t =
        new Table(
            "Starts",
            "",
            "Year",
            List.of("Level 2", "Total"),
            List.of(
                new Row("2016/17", List.of(Cell.hidden(), v(3.0))),
                new Row("Total", List.of(v(3.0), v(3.0)))),
            Chart.BAR,
            Unit.COUNT,
            List.of());
    List<ChartPlan.Part> parts = ChartPlan.of(t);
    assertThat(parts).hasSize(1);
    assertThat(parts.get(0).columns()).containsExactly(0);
    assertThat(parts.get(0).rows()).isEqualTo(1);
    assertThat(parts.get(0).empty()).isTrue();
    assertThat(ChartPlan.emptySentence(parts.get(0)))
        .isEqualTo("No chart for Starts: every value is missing or suppressed (see the table).");
    assertThat(
            ChartPlan.of(
                new Table("x", "", "", List.of(), List.of(), Chart.NONE, Unit.COUNT, List.of())))
        .isEmpty();
  }
}
