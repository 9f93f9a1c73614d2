package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Offer codes saved by a spreadsheet as numbers ({@code 41.0}) are read as the code ({@code 41}).
 */
class SeptemberGuaranteeCodesTest {
  /** The rule as first written, a regular expression: the check must agree with it. */
  private static final Pattern WHOLE_POINT_ZERO = Pattern.compile("\\d+\\.0");

  @Test
  void aCodeWithPointZeroIsAWholeNumberSavedAsDecimal() {
    List<String> cases =
        List.of(
            "41.0", "1.0", "0.0", "410.0", "41", "41.00", "41.5", ".0", "0", "", "a.0", "4a.0",
            "-1.0", "41.0 ", " 41.0", "41,0", "٤١.0", "41.", "1.01");
    for (String c : cases) {
      assertThat(SeptemberGuaranteeReader.isWholeWithPointZero(c))
          .as(c)
          .isEqualTo(WHOLE_POINT_ZERO.matcher(c).matches());
    }
    assertThat(SeptemberGuaranteeReader.isWholeWithPointZero("41.0")).isTrue();
    assertThat(SeptemberGuaranteeReader.isWholeWithPointZero("41")).isFalse();
  }
}
