package kpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kpi.app.generate.LargeDropGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diff does not hold either drop: two generated 1,000,000-row neet-tracking files (about 50 MB
 * each), the second with every 1,000th row removed and every 500th row's activity code changed, are
 * compared in a JVM limited to 128 MB of heap, and the counts are exact. Not timed (the benchmark
 * times 3 million rows in 512 MB).
 */
class DiffBoundedMemoryIT {

  @Test
  void twoDropsOfAMillionRowsInA128MegabyteHeap(@TempDir Path dir) throws Exception {
    Path before = dir.resolve("before");
    Path after = dir.resolve("after");
    LargeDropGenerator.write(before, 1_000_000, 7, false);
    Files.createDirectories(after.resolve("reference"));
    Files.copy(before.resolve("reference/districts.csv"), after.resolve("reference/districts.csv"));
    long removed = 0;
    long changed = 0;
    try (BufferedReader in = Files.newBufferedReader(before.resolve("neet-tracking.csv"));
        BufferedWriter out =
            Files.newBufferedWriter(after.resolve("neet-tracking.csv"), StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (n > 1 && n % 1000 == 0) {
          removed++;
          continue;
        }
        if (n > 1 && n % 500 == 0) {
          String[] c = line.split(",", -1);
          c[4] = c[4].equals("540") ? "610" : "540";
          line = String.join(",", c);
          changed++;
        }
        out.write(line);
        out.write('\n');
      }
    }
    Path report = dir.resolve("diff.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx128m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "kpi.app.Main",
                    "diff",
                    "-q",
                    before.toString(),
                    after.toString(),
                    "--format",
                    "json",
                    "-o",
                    report.toString(),
                    "--fail-on",
                    "rows-removed>1%"))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
    JsonNode doc = new ObjectMapper().readTree(report.toFile());
    JsonNode neet = null;
    for (JsonNode f : doc.get("files")) {
      if (f.get("file").asText().equals("neet-tracking.csv")) {
        neet = f;
      }
    }
    assertThat(neet).isNotNull();
    assertThat(neet.get("rows_before").asLong()).isEqualTo(1_000_000L);
    assertThat(neet.get("rows_removed").asLong()).isEqualTo(removed);
    assertThat(neet.get("rows_changed").asLong()).isEqualTo(changed);
    assertThat(neet.get("rows_added").asLong()).isZero();
    assertThat(neet.get("newly_rejected").asLong()).isZero();
    assertThat(doc.get("kpis").size()).isPositive();
  }
}
