package kpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kpi.app.generate.LargeDropGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory does not grow with rows: the scorecard over a generated 2,000,000-row neet-tracking file
 * completes in a JVM limited to 128 MB of heap (the file alone is about 100 MB). Not timed.
 */
class BoundedMemoryIT {

  @Test
  void twoMillionRowsInA128MegabyteHeap(@TempDir Path dir) throws Exception {
    LargeDropGenerator.write(dir, 2_000_000, 7, false);
    assertThat(Files.size(dir.resolve("neet-tracking.csv"))).isGreaterThan(90_000_000L);
    Path out = dir.resolve("scorecard.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx128m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "kpi.app.Main",
                    "scorecard",
                    "-q",
                    "--data",
                    dir.toString(),
                    "--format",
                    "json",
                    "-o",
                    out.toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
    // An OutOfMemoryError would show in the child's stderr (kept in child.log) and end it with a
    // non-zero exit, so both are checked; the JSON only shows that the whole file was read.
    String log = Files.readString(dir.resolve("child.log"));
    assertThat(log).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
    assertThat(p.exitValue()).as(log).isZero();
    assertThat(Files.readString(out))
        .contains("\"rows_read\" : 2000000")
        .contains("\"id\" : \"KPI-07\"");
  }
}
