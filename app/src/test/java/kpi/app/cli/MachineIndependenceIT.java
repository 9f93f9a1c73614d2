package kpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run writes does not depend on the machine: the same workbook bytes under two time zones
 * and two locales, and no temporary file left behind when one of the parallel pack writers fails
 * and the process exits. Each run is a separate JVM, as a user's would be.
 */
class MachineIndependenceIT {

  private static int kpi(Path log, List<String> jvm, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "kpi.app.Main"));
    cmd.addAll(List.of(args));
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    return p.exitValue();
  }

  @Test
  void workbookBytesAreTheSameInEveryTimeZoneAndLocale(@TempDir Path dir) throws Exception {
    List<List<String>> machines =
        List.of(
            List.of("-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=GB"),
            List.of("-Duser.timezone=Pacific/Auckland", "-Duser.language=tr", "-Duser.country=TR"));
    for (int i = 0; i < machines.size(); i++) {
      Path log = dir.resolve(i + ".log");
      assertThat(
              kpi(
                  log,
                  machines.get(i),
                  "scorecard",
                  "-q",
                  "-o",
                  dir.resolve(i + ".xlsx").toString()))
          .as(Files.readString(log))
          .isZero();
      assertThat(
              kpi(
                  log,
                  machines.get(i),
                  "datapack",
                  "-q",
                  "--district",
                  "Dover",
                  "--format",
                  "xlsx",
                  "--out",
                  dir.resolve(i + "-packs").toString()))
          .as(Files.readString(log))
          .isZero();
    }
    assertThat(Files.mismatch(dir.resolve("0.xlsx"), dir.resolve("1.xlsx"))).isEqualTo(-1L);
    for (String f : List.of("dover.xlsx", "county.xlsx")) {
      assertThat(
              Files.mismatch(dir.resolve("0-packs").resolve(f), dir.resolve("1-packs").resolve(f)))
          .as(f)
          .isEqualTo(-1L);
    }
  }

  @Test
  void aFailingPackLeavesNoTemporaryFilesWhenTheProcessExits(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("packs");
    // A folder where Dover's workbook should go: its rename fails while other packs are written.
    Files.createDirectories(out.resolve("dover.xlsx").resolve("in-the-way"));
    Path log = dir.resolve("run.log");
    int code = kpi(log, List.of(), "datapack", "-q", "--out", out.toString());
    String text = Files.readString(log);
    assertThat(code).as(text).isEqualTo(3);
    assertThat(text).contains("dover.xlsx").doesNotContain("\tat ");
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList())
          .isEmpty();
    }
  }
}
