package kpi.app.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kpi.app.error.KpiException;

/**
 * Writes a file atomically: into a temporary file in the same folder, then renamed over the target,
 * so a failed run never leaves a half-written output.
 *
 * <p>The temporary file ({@code .ashford.xlsx.31256.12.tmp}: target, process id, thread id) is
 * removed on every failure path, and by a shutdown hook when the run is interrupted; one left by a
 * run that was killed outright is swept by the next run writing into the same folder: only files of
 * exactly this pattern whose process is gone (or that are over a day old).
 */
public final class AtomicFile {
  /** The tool's own temporary files: hidden, target name, process id, thread id. */
  static final Pattern TEMP = Pattern.compile("\\.(.+)\\.(\\d{1,10})\\.(\\d{1,19})\\.tmp");

  private static final Duration STALE = Duration.ofDays(1);

  /** Temporary files being written now, removed if the process is stopped. */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  /** Folders already swept by this process. */
  private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (Path p : IN_FLIGHT) {
                    try {
                      Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                      // nothing more can be done while the process stops
                    }
                  }
                },
                "kpi-temp-cleanup"));
  }

  private AtomicFile() {}

  /** What writes the content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temp = null;
    try {
      Files.createDirectories(folder);
      if (SWEPT.add(folder)) {
        sweep(folder);
      }
      // A hidden sibling created with the user's usual permissions (createTempFile would make
      // the result readable by its owner only).
      temp =
          folder.resolve(
              "."
                  + absolute.getFileName()
                  + "."
                  + ProcessHandle.current().pid()
                  + "."
                  + Thread.currentThread().getId()
                  + ".tmp");
      IN_FLIGHT.add(temp);
      try (OutputStream out =
          new java.io.BufferedOutputStream(
              Files.newOutputStream(
                  temp,
                  java.nio.file.StandardOpenOption.CREATE,
                  java.nio.file.StandardOpenOption.WRITE,
                  java.nio.file.StandardOpenOption.TRUNCATE_EXISTING))) {
        content.writeTo(out);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw KpiException.io("cannot write " + target + ": " + reason(e), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The temporary file is hidden and the next run sweeps it; the real error was reported.
        }
        IN_FLIGHT.remove(temp);
      }
    }
  }

  /**
   * Removes the tool's temporary files left in a folder by runs that were killed: those of exactly
   * the tool's pattern whose process no longer runs, or that are over a day old. Never anything
   * else, and never a file of a run still writing.
   *
   * @return how many were removed
   */
  static int sweep(Path folder) {
    int removed = 0;
    long self = ProcessHandle.current().pid();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.tmp")) {
      for (Path p : files) {
        Matcher m = TEMP.matcher(p.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        long pid;
        try {
          pid = Long.parseLong(m.group(2));
        } catch (NumberFormatException e) {
          continue;
        }
        boolean running =
            pid == self || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (pid == self || (running && !old(p))) {
          continue;
        }
        if (Files.deleteIfExists(p)) {
          removed++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Sweeping is housekeeping: a folder that cannot be listed is reported by the write.
    }
    return removed;
  }

  private static boolean old(Path p) throws IOException {
    FileTime t = Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    return t.toInstant().isBefore(Instant.now().minus(STALE));
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return e.getClass()
            .getSimpleName()
            .replace("Exception", "")
            .replaceAll("([a-z])([A-Z])", "$1 $2")
            .toLowerCase(java.util.Locale.ROOT)
        + (m == null ? "" : " (" + m + ")");
  }
}
