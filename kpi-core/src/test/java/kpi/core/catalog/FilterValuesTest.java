package kpi.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reading of flag filter values, and the domains the catalog loader checks against. */
class FilterValuesTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "1, true, true",
        "1, false, false",
        "1, null, false",
        "yes, true, true",
        "Y, true, true",
        "true, true, true",
        "0, false, true",
        "no, false, true",
        "N, false, true",
        "false, true, false",
        // unknown is a blank flag, never "no"
        "unknown, null, true",
        "unknown, false, false",
        // not a flag value: matches nothing
        "ture, true, false"
      })
  void flagValues(String accepted, Boolean flag, boolean selected) {
    assertThat(
            new Filter(java.util.Map.of("care_leaver", List.of(accepted)))
                .acceptsFlag("care_leaver", flag))
        .isEqualTo(selected);
  }

  @ParameterizedTest
  @CsvSource({
    "care_leaver, true, true",
    "care_leaver, unknown, true",
    "care_leaver, maybe, false",
    "send, K, true",
    "send, Y, true",
    "send, unknown, true",
    "send, EHCP, false",
    "send, 1, false",
    "age_band, 25+, true",
    "age_band, 19-25, false",
    "level_band, degree, true",
    "level_band, 4, true",
    "level_band, 8, false",
    "status, withdrawn, true",
    "status, left, false",
    "academic_age, 16, true",
    "academic_age, 16.5, false",
    "district, anything, true",
    "qualification_type, tech-level, true",
    "qualification_type, btec, false"
  })
  void domains(String dimension, String value, boolean accepted) {
    assertThat(Dimensions.of(dimension).refuse(value).isEmpty()).isEqualTo(accepted);
  }
}
