package kpi.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing each --fail-on rule, and each rule at its boundary. */
class FailRuleTest {

  static KpiFigures kpi(String id, String unit, Double value, String status) {
    return new KpiFigures(
        id, id + " title", unit, value, null, null, status, "NO_CHANGE", null, null, List.of());
  }

  static Diff diff(
      List<KpiFigures> before, List<KpiFigures> after, List<FileChange> files, String... rules) {
    return Diff.compare(
        new ScorecardFigures("cat", "2016/17", before),
        new ScorecardFigures("cat", "2016/17", after),
        files,
        java.util.Arrays.stream(rules).map(Diff::rule).toList());
  }

  @Test
  void parsesEveryRuleAndWritesItBackAsGiven() {
    assertThat(Diff.rule("status-change")).isEqualTo(new FailRule.StatusChange());
    assertThat(Diff.rule("restated>0.1pp"))
        .isEqualTo(new FailRule.Restated(new BigDecimal("0.1"), false));
    assertThat(Diff.rule("restated>2%"))
        .isEqualTo(new FailRule.Restated(new BigDecimal("2"), true));
    assertThat(Diff.rule("newly-rejected>0")).isEqualTo(new FailRule.NewlyRejected(0));
    assertThat(Diff.rule(" Rows-Removed > 1.5% "))
        .isEqualTo(new FailRule.RowsRemoved(new BigDecimal("1.5")));
    for (String t :
        List.of(
            "status-change",
            "restated>0.1pp",
            "restated>2%",
            "newly-rejected>10",
            "rows-removed>1%")) {
      assertThat(Diff.rule(t).text()).isEqualTo(t);
    }
  }

  @Test
  void malformedRulesSayWhatIsWrong() {
    assertThatThrownBy(() -> Diff.rule("status"))
        .hasMessageContaining("not a --fail-on rule")
        .hasMessageContaining("status-change, restated>Xpp");
    assertThatThrownBy(() -> Diff.rule("restated>0.1")).hasMessageContaining("say pp");
    assertThatThrownBy(() -> Diff.rule("restated>-1pp")).hasMessageContaining("not a --fail-on");
    assertThatThrownBy(() -> Diff.rule("newly-rejected>1.5")).hasMessageContaining("whole number");
    assertThatThrownBy(() -> Diff.rule("newly-rejected>1%")).hasMessageContaining("whole number");
    assertThatThrownBy(() -> Diff.rule("rows-removed>1")).hasMessageContaining("percentage");
    assertThatThrownBy(() -> Diff.rule("rows-removed>1pp")).hasMessageContaining("percentage");
    assertThatThrownBy(() -> Diff.rule("")).hasMessageContaining("not a --fail-on rule");
  }

  @Test
  void restatedInPointsIsStrictlyMoreThanTheAmountAndOnlyForPercentages() {
    Diff d =
        diff(
            List.of(
                kpi("A", "percent", 10.0, "ACHIEVING"),
                kpi("B", "percent", 10.0, "ACHIEVING"),
                kpi("C", "count", 100.0, "ACHIEVING"),
                kpi("D", "percent", null, "NO_DATA")),
            List.of(
                kpi("A", "percent", 10.1, "ACHIEVING"),
                kpi("B", "percent", 10.11, "ACHIEVING"),
                kpi("C", "count", 500.0, "ACHIEVING"),
                kpi("D", "percent", 4.0, "ACHIEVING")),
            List.of(),
            "restated>0.1pp");
    assertThat(d.failedList()).containsExactly("restated>0.1pp B", "restated>0.1pp D");
  }

  @Test
  void restatedRelativeCoversEveryUnit() {
    Diff d =
        diff(
            List.of(
                kpi("A", "count", 100.0, "ACHIEVING"),
                kpi("B", "count", 100.0, "ACHIEVING"),
                kpi("C", "score", 0.0, "ACHIEVING"),
                kpi("E", "percent", 50.0, "ACHIEVING")),
            List.of(
                kpi("A", "count", 102.0, "ACHIEVING"),
                kpi("B", "count", 97.9, "ACHIEVING"),
                kpi("C", "score", 0.01, "ACHIEVING"),
                kpi("E", "percent", 51.0, "ACHIEVING")),
            List.of(),
            "restated>2%");
    assertThat(d.failedList()).containsExactly("restated>2% B", "restated>2% C");
  }

  @Test
  void statusChangeNamesEachKpiAndAKpiThatDisappeared() {
    Diff d =
        diff(
            List.of(
                kpi("A", "percent", 1.0, "ACHIEVING"),
                kpi("B", "percent", 1.0, "ACHIEVING"),
                kpi("Z", "count", 1.0, "ACHIEVING")),
            List.of(kpi("A", "percent", 1.0, "ACHIEVING"), kpi("B", "percent", 1.0, "NEAR_TARGET")),
            List.of(),
            "status-change");
    assertThat(d.failedList()).containsExactly("status-change B", "status-change Z");
    assertThat(d.outcomes().get(0).breaches().get(1).message())
        .isEqualTo("Z status ACHIEVING -> absent");
  }

  @Test
  void newlyRejectedCountsTheWholeDropAgainstTheLimit() {
    List<FileChange> files =
        List.of(
            new FileChange("k", "a.csv", 10, 10, 0, 0, 0, 2),
            new FileChange("k", "b.csv", 10, 10, 0, 0, 0, 1),
            new FileChange("k", "c.csv", 10, 10, 0, 0, 0, 0));
    assertThat(diff(List.of(), List.of(), files, "newly-rejected>3").failed()).isFalse();
    assertThat(diff(List.of(), List.of(), files, "newly-rejected>2").failedList())
        .containsExactly("newly-rejected>2 a.csv", "newly-rejected>2 b.csv");
  }

  @Test
  void rowsRemovedIsAShareOfTheKindsOldRows() {
    List<FileChange> files =
        List.of(
            new FileChange("neet-tracking", "n-1.csv", 1000, 0, 0, 10, 0, 0),
            new FileChange("neet-tracking", "n-2.csv", 0, 990, 0, 0, 0, 0),
            new FileChange("returns", "returns.csv", 100, 98, 0, 2, 0, 0));
    // 10 of 1000 is exactly 1%: not more than 1%
    assertThat(diff(List.of(), List.of(), files, "rows-removed>1%").failedList())
        .containsExactly("rows-removed>1% returns");
    assertThat(diff(List.of(), List.of(), files, "rows-removed>0.99%").failedList())
        .containsExactly("rows-removed>0.99% neet-tracking", "rows-removed>0.99% returns");
  }

  @Test
  void differentCatalogsOrPeriodsAreRefused() {
    assertThatThrownBy(
            () ->
                Diff.compare(
                    new ScorecardFigures("a", "2016/17", List.of()),
                    new ScorecardFigures("b", "2016/17", List.of()),
                    List.of(),
                    List.of()))
        .hasMessageContaining("different catalogs (a and b)");
    assertThatThrownBy(
            () ->
                Diff.compare(
                    new ScorecardFigures("a", "2016/17", List.of()),
                    new ScorecardFigures("a", "2017/18", List.of()),
                    List.of(),
                    List.of()))
        .hasMessageContaining("different periods (2016/17 and 2017/18)");
  }
}
