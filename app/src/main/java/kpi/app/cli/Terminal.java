package kpi.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the standard streams are terminals. {@code System.console()} answers for stdin and stdout
 * together (and on JDK 22-24 is non-null even when they are redirected), so each stream is asked on
 * its own: on Linux through {@code /proc/self/fd}, else through {@code Console.isTerminal()} where
 * the JDK has it.
 */
public final class Terminal {
  private Terminal() {}

  /** True when stderr is a terminal (progress lines go there). */
  public static boolean stderr() {
    return isTerminal(2);
  }

  /** True when stdout is a terminal (colour and the table default). */
  public static boolean stdout() {
    return isTerminal(1);
  }

  // Where there is no /proc, the JDK's Console is the only portable way to ask; it is asked
  // whether it is a terminal, never read from or written to.
  @SuppressForbidden
  @SuppressWarnings("SystemConsoleNull") // null is handled; non-null is checked with isTerminal
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.isSymbolicLink(link)) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/")
            || target.startsWith("/dev/tty")
            || target.equals("/dev/console");
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** The line width: {@code COLUMNS} when set to a number, else 120. */
  public static int columns() {
    String c = System.getenv("COLUMNS");
    if (c != null) {
      try {
        int n = Integer.parseInt(c.strip());
        if (n >= 40) {
          return n;
        }
      } catch (NumberFormatException e) {
        return 120;
      }
    }
    return 120;
  }
}
