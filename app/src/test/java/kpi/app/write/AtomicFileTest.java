package kpi.app.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import kpi.app.error.KpiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files never outlive a run: removed on failure, swept after a kill. */
class AtomicFileTest {

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFailedWriteLeavesNeitherTargetNorTemporaryFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("out.xlsx");
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    target,
                    o -> {
                      o.write(new byte[100_000]);
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("disk full");
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    target,
                    o -> {
                      o.write(1);
                      throw new IllegalStateException("a bug half-way");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void theNextRunSweepsOnlyTheToolsOwnStaleTemporaryFiles(@TempDir Path dir) throws Exception {
    // A process id no process has (beyond the kernel's limit).
    Path killed = Files.writeString(dir.resolve(".ashford.xlsx.2147483646.12.tmp"), "half");
    Path running =
        Files.writeString(
            dir.resolve(
                ".dover.xlsx." + ProcessHandle.current().parent().orElseThrow().pid() + ".3.tmp"),
            "being written by another run");
    Path oldRunning =
        Files.writeString(
            dir.resolve(
                ".thanet.xlsx." + ProcessHandle.current().parent().orElseThrow().pid() + ".4.tmp"),
            "left two days ago");
    Files.setLastModifiedTime(oldRunning, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
    Path someoneElses = Files.writeString(dir.resolve(".notes.tmp"), "not ours");
    Path userFile = Files.writeString(dir.resolve("ashford.xlsx.2147483646.12.tmp"), "visible");
    assertThat(AtomicFile.sweep(dir)).isEqualTo(2);
    assertThat(killed).doesNotExist();
    assertThat(oldRunning).doesNotExist();
    assertThat(running).exists();
    assertThat(someoneElses).exists();
    assertThat(userFile).exists();
  }

  @Test
  void writingIntoAFolderSweepsIt(@TempDir Path dir) throws Exception {
    Path stale = Files.writeString(dir.resolve(".scorecard.json.2147483646.1.tmp"), "{");
    AtomicFile.write(dir.resolve("scorecard.json"), o -> o.write('x'));
    assertThat(stale).doesNotExist();
    assertThat(names(dir)).containsExactly("scorecard.json");
  }
}
