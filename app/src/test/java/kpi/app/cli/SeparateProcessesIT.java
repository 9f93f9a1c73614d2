package kpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, same bytes, across separate JVMs: in-process re-runs cannot catch an order that
 * depends on identity hash codes (enum keys in hash maps), which differ from process to process.
 */
class SeparateProcessesIT {

  private static void kpi(Path log, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "kpi.app.Main"));
    cmd.addAll(List.of(args));
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
  }

  @Test
  void scorecardAndPackBytesMatchBetweenProcesses(@TempDir Path dir) throws Exception {
    for (String run : List.of("a", "b")) {
      kpi(
          dir.resolve(run + ".log"),
          "scorecard",
          "-q",
          "--format",
          "json",
          "-o",
          dir.resolve(run + ".json").toString());
      kpi(
          dir.resolve(run + "-pack.log"),
          "datapack",
          "-q",
          "--district",
          "Dover",
          "--out",
          dir.resolve(run + "-packs").toString());
    }
    assertThat(Files.mismatch(dir.resolve("a.json"), dir.resolve("b.json"))).isEqualTo(-1L);
    for (String f : List.of("dover.xlsx", "dover.html", "county.xlsx")) {
      assertThat(
              Files.mismatch(dir.resolve("a-packs").resolve(f), dir.resolve("b-packs").resolve(f)))
          .as(f)
          .isEqualTo(-1L);
    }
  }
}
