package kpi.core.neet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SendTest {

  @ParameterizedTest
  @CsvSource({
    "N, N",
    "n, N",
    "No, N",
    "none, N",
    "false, N",
    "0, N",
    "K, K",
    "k, K",
    "SEN support, K",
    "support, K",
    "E, E",
    "e, E",
    "EHC, E",
    "EHCP, E",
    "EHC plan, E",
    "Y, Y",
    "yes, Y",
    "TRUE, Y",
    "1, Y",
    "' K ', K"
  })
  void parsesEveryWrittenForm(String text, Send expected) {
    assertThat(Send.parse(text)).contains(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void blankIsUnknownNotNo(String text) {
    assertThat(Send.parse(text)).contains(Send.UNKNOWN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"X", "maybe", "2", "EH"})
  void rejectsAnythingElse(String text) {
    assertThat(Send.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"N, false", "K, true", "E, true", "Y, true", "UNKNOWN, false"})
  void anySendMeansKOrEOrY(Send send, boolean any) {
    assertThat(send.any()).isEqualTo(any);
  }

  /** One meaning of a send filter in every family: N/K/E codes, Y = K or E, unknown = blank. */
  @ParameterizedTest
  @CsvSource({
    "K, 'K,E', true",
    "E, 'K,E', true",
    "N, 'K,E', false",
    "UNKNOWN, 'K,E', false",
    // a bare Y (SEND of unknown type) is selected by K and E together, or by Y
    "Y, 'K,E', true",
    "Y, 'K', false",
    "Y, 'Y', true",
    // Y in a filter is any SEND
    "K, 'Y', true",
    "E, 'y', true",
    "N, 'Y', false",
    "N, 'N', true",
    "UNKNOWN, 'unknown', true",
    "N, 'unknown', false",
    // words and flags are not codes in a filter (the catalog loader refuses them)
    "K, 'true', false",
    "N, '0', false",
    // a code is one letter, padding aside: two letters or a blank select nothing
    "K, 'KE', false",
    "N, 'NN', false",
    "K, ' k ', true",
    "N, ' ', false"
  })
  void filterValuesMeanTheSameEverywhere(Send record, String accepted, boolean selected) {
    assertThat(record.matches(java.util.List.of(accepted.split(",")))).isEqualTo(selected);
  }
}
