package kpi.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kpi.core.measure.District;
import org.junit.jupiter.api.Test;

/** One file name per district: unique, never reserved, the same whichever district comes first. */
class PackSlugsTest {
  private static District d(String code, String name) {
    return new District(code, name, 1, null);
  }

  @Test
  void namesAreLowerCasedWithoutAccentsAndHyphenated() {
    assertThat(PackSlugs.base("Folkestone and Hythe")).isEqualTo("folkestone-and-hythe");
    assertThat(PackSlugs.base("Ærø, Øster-Straße!")).isEqualTo("aero-oster-strasse");
    assertThat(PackSlugs.base("  --  ")).isEmpty();
    assertThat(PackSlugs.base("a".repeat(70))).hasSize(PackSlugs.MAX_LENGTH);
  }

  @Test
  void clashesAndReservedNamesTakeTheCode() {
    assertThat(
            PackSlugs.slugs(
                List.of(
                    d("E1", "Dover"),
                    d("E2", "DOVER"),
                    d("E3", "Index"),
                    d("E4", "CON"),
                    d("E5", "???"),
                    d("E6", "Ashford"))))
        .containsExactly(
            java.util.Map.entry("E1", "dover-e1"),
            java.util.Map.entry("E2", "dover-e2"),
            java.util.Map.entry("E3", "index-e3"),
            java.util.Map.entry("E4", "con-e4"),
            java.util.Map.entry("E5", "e5"),
            java.util.Map.entry("E6", "ashford"));
    assertThat(PackBuilder.slug("Folkestone and Hythe")).isEqualTo("folkestone-and-hythe");
  }
}
