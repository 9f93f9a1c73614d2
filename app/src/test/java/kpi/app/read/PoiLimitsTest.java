package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.util.RecordFormatException;
import org.junit.jupiter.api.Test;

/** Only POI's own size guards count as "too large"; other failures that say "max" do not. */
class PoiLimitsTest {

  @Test
  void poisZipBombGuardIsRecognised() {
    assertThat(
            PoiLimits.refused(
                new IOException(
                    "Zip bomb detected! The file would exceed the"
                        + " max. ratio of compressed file size to the size of the expanded data.")))
        .isTrue();
  }

  @Test
  void theGuardIsRecognisedBehindAWrapper() {
    assertThat(
            PoiLimits.refused(
                new IllegalStateException(
                    "reading sheet1.xml",
                    new IOException("Zip bomb detected! The file would exceed the max size"))))
        .isTrue();
  }

  @Test
  void poisEntryCountGuardIsRecognised() {
    assertThat(
            PoiLimits.refused(
                new IOException(
                    "The file appears to be potentially malicious."
                        + " This file embeds more internal file entries than expected.\nThis may indicates that"
                        + " the file could pose a security risk.")))
        .isTrue();
  }

  @Test
  void aRecordBeyondPoisMaximumIsRecognised() {
    assertThat(
            PoiLimits.refused(
                new RecordFormatException(
                    "Tried to allocate an array of length"
                        + " 300,000,000, but the maximum length for this record type is 100,000,000.")))
        .isTrue();
  }

  @Test
  void otherFailuresThatMentionMaxOrExceedAreNot() {
    assertThat(PoiLimits.refused(new IllegalStateException("max column index exceeded"))).isFalse();
    assertThat(PoiLimits.refused(new IllegalStateException("Cannot exceed the buffer"))).isFalse();
    assertThat(PoiLimits.refused(new RecordFormatException("Unexpected record"))).isFalse();
    assertThat(PoiLimits.refused(new NullPointerException())).isFalse();
  }
}
