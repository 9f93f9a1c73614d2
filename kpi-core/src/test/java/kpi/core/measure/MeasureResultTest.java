package kpi.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureResultTest {

  @Test
  void aRateIsScaledNumeratorOverDenominator() {
    MeasureResult r = MeasureResult.rate(3, 8, 100, List.of(), List.of("w"));
    assertThat(r.value()).isEqualTo(37.5);
    assertThat(r.numerator()).isEqualTo(3.0);
    assertThat(r.denominator()).isEqualTo(8.0);
    assertThat(r.workings()).containsExactly("w");
    assertThat(MeasureResult.rate(3, 60000, 100000, List.of(), List.of()).value()).isEqualTo(5.0);
  }

  @Test
  void aZeroDenominatorGivesNullWithANoteAndKeepsTheCounts() {
    MeasureResult r = MeasureResult.rate(0, 0, 100, List.of("earlier"), List.of());
    assertThat(r.value()).isNull();
    assertThat(r.numerator()).isEqualTo(0.0);
    assertThat(r.denominator()).isEqualTo(0.0);
    assertThat(r.notes()).containsExactly("earlier", "the denominator is 0, so there is no rate");
  }

  @Test
  void nonFiniteNumbersAreRejected() {
    assertThatThrownBy(() -> new MeasureResult(Double.NaN, null, null, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(
            () -> new MeasureResult(1.0, Double.POSITIVE_INFINITY, 1.0, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numerator");
    assertThatThrownBy(() -> MeasureResult.value(Double.NaN, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noDataAndPlainValues() {
    MeasureResult none = MeasureResult.noData("why", List.of("step"));
    assertThat(none.value()).isNull();
    assertThat(none.notes()).containsExactly("why");
    assertThat(none.workings()).containsExactly("step");
    MeasureResult v = MeasureResult.value(46.2, List.of(), List.of());
    assertThat(v.value()).isEqualTo(46.2);
    assertThat(v.numerator()).isNull();
  }

  @Test
  void listsAreCopied() {
    List<String> notes = new java.util.ArrayList<>(List.of("a"));
    MeasureResult r = new MeasureResult(1.0, null, null, notes, List.of());
    notes.add("b");
    assertThat(r.notes()).containsExactly("a");
  }
}
