package kpi.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kpi.core.InvalidRequestException;
import kpi.core.period.Period.AcademicYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thresholds of spec/catalog.md "Target rules". */
class TargetRuleTest {

  @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
  @CsvSource({
    "at_least,            70,   0,    70",
    "at_most,             5,    0,    5",
    "increase_by_percent, 10,   3300, 3630", // 3300 x 1.1 (3630.0000000000005 in doubles)
    "increase_by_percent, 10,   50,   55", // 55.00000000000001 in doubles
    "increase_by_percent, 10,   700,  770",
    "decrease_by_percent, 10,   12.3, 11.07", // 12.3 x 0.9
    "decrease_by_percent, 10,   0.7,  0.63",
    "increase_by,         2.5,  90.1, 92.6",
    "decrease_by,         4000, 9500, 5500",
    "decrease_by,         4,    12.3, 8.3",
    "above_comparator,    0,    5.2,  5.2",
    "below_comparator,    0,    5.2,  5.2",
    "improve,             0,    5.2,  5.2"
  })
  void thresholdsAreExactDecimals(String rule, double value, double baseline, double expected) {
    assertThat(TargetRule.byId(rule).orElseThrow().threshold(value, baseline)).isEqualTo(expected);
  }

  @Test
  void noneHasNoThreshold() {
    assertThat(TargetRule.NONE.threshold(1, 1)).isNaN();
  }

  @Test
  void directionsAndStrictness() {
    assertThat(TargetRule.AT_LEAST.direction(Polarity.LOWER_IS_BETTER))
        .isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(TargetRule.AT_MOST.direction(Polarity.HIGHER_IS_BETTER))
        .isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(TargetRule.INCREASE_BY_PERCENT.direction(null)).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(TargetRule.DECREASE_BY.direction(null)).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(TargetRule.BELOW_COMPARATOR.direction(Polarity.HIGHER_IS_BETTER))
        .isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(TargetRule.IMPROVE.direction(Polarity.LOWER_IS_BETTER))
        .isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(TargetRule.IMPROVE.direction(Polarity.HIGHER_IS_BETTER))
        .isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(TargetRule.ABOVE_COMPARATOR.strict()).isTrue();
    assertThat(TargetRule.BELOW_COMPARATOR.strict()).isTrue();
    assertThat(TargetRule.IMPROVE.strict()).isTrue();
    assertThat(TargetRule.AT_LEAST.strict()).isFalse();
    assertThat(TargetRule.AT_MOST.strict()).isFalse();
    assertThat(TargetRule.DECREASE_BY_PERCENT.strict()).isFalse();
  }

  @Test
  void byIdKnowsEveryCatalogName() {
    for (TargetRule r : TargetRule.values()) {
      assertThat(TargetRule.byId(r.id())).contains(r);
    }
    assertThat(TargetRule.byId("atleast")).isEmpty();
    assertThat(TargetRule.byId("AT_LEAST")).isEmpty();
  }

  @Test
  void whichRulesNeedValuesAndBaselines() {
    assertThat(TargetRule.INCREASE_BY_PERCENT.needsBaseline()).isTrue();
    assertThat(TargetRule.DECREASE_BY.needsBaseline()).isTrue();
    assertThat(TargetRule.IMPROVE.needsBaseline())
        .as("improve defaults to the previous period")
        .isFalse();
    assertThat(TargetRule.AT_LEAST.needsBaseline()).isFalse();
    assertThat(TargetRule.AT_LEAST.needsValue()).isTrue();
    assertThat(TargetRule.IMPROVE.needsValue()).isFalse();
    assertThat(TargetRule.ABOVE_COMPARATOR.needsValue()).isFalse();
    assertThat(TargetRule.NONE.needsValue()).isFalse();
  }

  @Test
  void targetsValidateTheirRule() {
    assertThatThrownBy(() -> new Target(TargetRule.AT_MOST, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at_most needs a value");
    // No baseline: the previous period is the baseline ("up 10% on the previous year").
    assertThat(new Target(TargetRule.DECREASE_BY, 4000.0, null, null, null, null).baseline())
        .isNull();
    assertThatThrownBy(() -> Target.of(TargetRule.AT_LEAST, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Target(TargetRule.ABOVE_COMPARATOR, null, null, " ", null, null).area())
        .isEqualTo("England");
    assertThat(new Target(TargetRule.BELOW_COMPARATOR, null, null, null, null, null).area())
        .isEqualTo("England");
    assertThat(
            new Target(
                    TargetRule.ABOVE_COMPARATOR, null, null, "Statistical neighbours", null, null)
                .area())
        .isEqualTo("Statistical neighbours");
    Target t =
        new Target(
            TargetRule.DECREASE_BY_PERCENT,
            10.0,
            new Baseline(new AcademicYear(2011), null),
            null,
            LocalDate.of(2020, 8, 31),
            null);
    assertThat(t.baseline().period().label()).isEqualTo("2011/12");
    assertThat(Target.none().rule()).isEqualTo(TargetRule.NONE);
    assertThatThrownBy(() -> new Baseline(null, 1.0)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> new Baseline(new AcademicYear(2011), Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
