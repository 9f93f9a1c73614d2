package kpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kpi.app.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code kpi} launcher's class-data-sharing archive, run on a copy of the project's layout (the
 * launcher, the poms and the built jar) so the real build folder is not touched: the first run
 * writes the archive once, later runs use it silently, and a damaged archive is ignored without a
 * word rather than breaking the run.
 */
class LauncherIT {

  private record Run(int code, String out, String err) {}

  private static Run kpi(Path home, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    Process p =
        new ProcessBuilder(
                Stream.concat(Stream.of("sh", home.resolve("kpi").toString()), Stream.of(args))
                    .toList())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The launcher, the three poms and the runnable jar, as a checkout has them after a build. */
  private static Path layout(Path dir) throws IOException {
    Path root = ProjectFiles.root();
    Files.copy(root.resolve("kpi"), dir.resolve("kpi"));
    Files.copy(root.resolve("pom.xml"), dir.resolve("pom.xml"));
    for (String module : List.of("app", "kpi-core")) {
      Files.createDirectories(dir.resolve(module));
      Files.copy(root.resolve(module + "/pom.xml"), dir.resolve(module + "/pom.xml"));
    }
    Path jar;
    try (Stream<Path> jars = Files.list(root.resolve("app/target"))) {
      jar =
          jars.filter(p -> p.getFileName().toString().endsWith("-all.jar"))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("no runnable jar in app/target: run mvn package"));
    }
    Files.createDirectories(dir.resolve("app/target"));
    Files.copy(jar, dir.resolve("app/target").resolve(jar.getFileName()));
    return dir.resolve("app/target").resolve(jar.getFileName().toString().replace(".jar", ".jsa"));
  }

  @Test
  void theFirstRunArchivesClassesAndLaterRunsUseTheArchiveQuietly(@TempDir Path dir)
      throws Exception {
    Path jsa = layout(dir);

    Run first = kpi(dir, "--version");
    assertThat(first.code()).isZero();
    assertThat(first.out()).startsWith("kpi ");
    assertThat(first.err())
        .isEqualTo("kpi: archiving classes for faster start-up (once per build)...\n");
    assertThat(jsa).isNotEmptyFile();

    Run second = kpi(dir, "kpis", "--catalogs");
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("kent-14-24-2017");
    assertThat(second.err()).isEmpty();

    // A damaged archive (newer than the jar, so not rebuilt) is ignored, without warnings.
    Files.delete(jsa);
    Files.writeString(jsa, "not an archive");
    Run damaged = kpi(dir, "--version");
    assertThat(damaged.code()).isZero();
    assertThat(damaged.out()).isEqualTo(first.out());
    assertThat(damaged.err()).isEmpty();
  }

  @Test
  void kpiCdsOffRunsWithoutAnArchive(@TempDir Path dir) throws Exception {
    Path jsa = layout(dir);
    Run run = kpi(dir, "--version");
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("archiving");
    Files.delete(jsa);

    ProcessBuilder off =
        new ProcessBuilder("sh", dir.resolve("kpi").toString(), "--version")
            .redirectErrorStream(true);
    off.environment().put("KPI_CDS", "off");
    Process p = off.start();
    String text =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(text).startsWith("kpi ").doesNotContain("archiving");
    assertThat(jsa).doesNotExist();
  }
}
