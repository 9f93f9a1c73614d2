package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strategy grid of the mini drop, byte for byte, in the formats a reader diffs (Markdown and
 * HTML): any change to the grid's layout or wording shows up here. After a deliberate change,
 * regenerate the golden files with {@code KPI_UPDATE_GOLDEN=1 ./mvnw -pl app -am test
 * -Dtest=GridGoldenTest -Dsurefire.failIfNoSpecifiedTests=false} and review the diff.
 */
class GridGoldenTest {
  private static final Path GOLDEN = Path.of(System.getProperty("kpi.project"),
      "app/src/test/resources/golden");

  @ParameterizedTest
  @ValueSource(strings = {"md", "html"})
  void theMiniDropsGridIsUnchanged(String format) throws Exception {
    CliResult r = CliResult.run("scorecard", "-q", "--data", ScorecardCliTest.MINI, "--format",
        format);
    assertThat(r).succeeded();
    Path golden = GOLDEN.resolve("mini-scorecard." + format);
    if ("1".equals(System.getenv("KPI_UPDATE_GOLDEN"))) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
