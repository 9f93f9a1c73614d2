package kpi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kpi.core.catalog.Baseline;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.Target;
import kpi.core.catalog.TargetRule;
import kpi.core.catalog.Unit;
import kpi.core.period.Period.AcademicYear;
import org.junit.jupiter.api.Test;

class TargetTextTest {
  private static final Baseline Y2011 = new Baseline(new AcademicYear(2011), null);

  private static String text(Unit unit, Target target) {
    return text(unit, target, null);
  }

  private static String text(Unit unit, Target target, String baselinePeriod) {
    KpiDefinition k =
        new KpiDefinition(
            "K",
            "T",
            null,
            "m",
            null,
            null,
            unit,
            Polarity.HIGHER_IS_BETTER,
            target,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return TargetText.describe(k, baselinePeriod);
  }

  private static Target target(
      TargetRule rule, Double value, Baseline baseline, LocalDate deadline) {
    return new Target(rule, value, baseline, null, deadline, null);
  }

  @Test
  void percentagesToOneDecimalPlaceWithADeadline() {
    assertThat(text(Unit.PERCENT, target(TargetRule.AT_MOST, 5.0, null, LocalDate.of(2018, 8, 31))))
        .isEqualTo("at most 5.0% by Aug 2018");
    assertThat(text(Unit.PERCENT, Target.of(TargetRule.AT_LEAST, 2.25))).isEqualTo("at least 2.3%");
  }

  @Test
  void countsAreWholeWithThousandsSeparators() {
    assertThat(text(Unit.COUNT, Target.of(TargetRule.AT_LEAST, 3300))).isEqualTo("at least 3,300");
    assertThat(text(Unit.COUNT, target(TargetRule.DECREASE_BY, 4000.0, Y2011, null)))
        .isEqualTo("reduce by 4,000 on 2011/12");
  }

  @Test
  void relativeRulesNameTheBaseline() {
    assertThat(text(Unit.COUNT, target(TargetRule.INCREASE_BY_PERCENT, 10.0, Y2011, null)))
        .isEqualTo("increase by 10% on 2011/12");
    assertThat(text(Unit.SCORE, target(TargetRule.DECREASE_BY_PERCENT, 12.5, Y2011, null)))
        .isEqualTo("reduce by 12.5% on 2011/12");
    assertThat(text(Unit.PERCENT, target(TargetRule.INCREASE_BY, 2.0, Y2011, null)))
        .isEqualTo("increase by 2.0% on 2011/12");
  }

  @Test
  void comparatorImproveAndNone() {
    assertThat(
            text(
                Unit.SCORE,
                new Target(
                    TargetRule.ABOVE_COMPARATOR, null, null, "Statistical neighbours", null, null)))
        .isEqualTo("above Statistical neighbours");
    assertThat(
            text(
                Unit.PERCENT,
                new Target(TargetRule.BELOW_COMPARATOR, null, null, null, null, null)))
        .isEqualTo("below England");
    Target improve = new Target(TargetRule.IMPROVE, null, null, null, null, null);
    assertThat(text(Unit.PERCENT, improve, "2015/16")).isEqualTo("improve on 2015/16");
    assertThat(text(Unit.PERCENT, improve)).isEqualTo("improve on the previous period");
    assertThat(text(Unit.PERCENT, new Target(TargetRule.IMPROVE, null, Y2011, null, null, null)))
        .isEqualTo("improve on 2011/12");
    assertThat(text(Unit.PERCENT, Target.none())).isEqualTo("no target");
  }

  @Test
  void givenWordingWins() {
    assertThat(
            text(
                Unit.PERCENT,
                new Target(TargetRule.AT_MOST, 1.0, null, null, null, "full participation")))
        .isEqualTo("full participation");
  }
}
