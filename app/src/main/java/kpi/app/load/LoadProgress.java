package kpi.app.load;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Shows which input is being read while a long load runs: a line on stderr redrawn twice a second
 * with the file, its size and the seconds so far. Used only when stderr is a terminal.
 */
public interface LoadProgress {
  /** Nothing shown (not a terminal, or --quiet). */
  LoadProgress NONE =
      new LoadProgress() {
        @Override
        public void reading(String file, long bytes) {}

        @Override
        public void done() {}
      };

  /** A file starts being read. */
  void reading(String file, long bytes);

  /** Loading has finished: the line is cleared. */
  void done();

  /** A progress line on a terminal's stderr. */
  static LoadProgress terminal(PrintWriter err) {
    return new LoadProgress() {
      private final ScheduledExecutorService ticker =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "kpi-progress");
                t.setDaemon(true);
                return t;
              });
      private ScheduledFuture<?> task;

      @Override
      public synchronized void reading(String file, long bytes) {
        if (task != null) {
          task.cancel(false);
        }
        long start = System.nanoTime();
        String what = "\rreading " + file + " (" + Math.max(1, bytes / (1024 * 1024)) + " MB) ";
        task =
            ticker.scheduleAtFixedRate(
                () -> {
                  long secs = (System.nanoTime() - start) / 1_000_000_000L;
                  synchronized (err) {
                    err.print(what + secs + " s   ");
                    err.flush();
                  }
                },
                500,
                500,
                TimeUnit.MILLISECONDS);
      }

      @Override
      public synchronized void done() {
        if (task != null) {
          task.cancel(false);
        }
        ticker.shutdownNow();
        synchronized (err) {
          err.print("\r" + " ".repeat(72) + "\r");
          err.flush();
        }
      }
    };
  }
}
