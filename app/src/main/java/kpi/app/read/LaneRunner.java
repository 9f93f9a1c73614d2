package kpi.app.read;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Shares one file's data rows out among the lanes of a {@link TableReader.Lanes} handler by the
 * text of their key column, so every row of one key (one young person) is judged by the same lane,
 * in file order. Each lane has its own problem log and row context; at the end the logs are merged
 * in row order and the rejected rows summed. There are always {@link #LANES} lanes, whatever the
 * number of threads: lane 0 is judged on the reading thread, and lane 1 too unless there are cores
 * to spare (then on a thread of its own after a file's first rows); the result is the same.
 */
final class LaneRunner {
  /** How many lanes a file's rows are shared among, whatever the number of threads. */
  static final int LANES = 2;

  /** Rows of a file judged on the reading thread before lane 1 gets a thread of its own. */
  static final int ROWS_BEFORE_THREAD = 50_000;

  /**
   * Lane 1 gets a thread of its own from three threads up (three cores, or {@code
   * -Dkpi.threads=3}). On two cores the second is already busy splitting lines and compiling:
   * there, a lane thread measured slower, not faster (see docs/performance.md).
   */
  static final int THREADS_FOR_LANES = 3;

  private final List<Consumer<Row>> handlers = new ArrayList<>();
  private final List<Problems> logs = new ArrayList<>();
  private final List<Row.Context> contexts = new ArrayList<>();
  private final Problems problems;
  private final int keyIndex;
  private final TableReader.RowTap tap;
  private final InputFile file;
  private final Header header;
  private final long[] rejected = new long[LANES];
  private final boolean mayThread;
  private long rows;

  /** Lane 1's thread, once started; lane 0 is always judged on the reading thread. */
  private Worker worker;

  private Chunk pending;

  /**
   * @param context the file's row context (its decimal mark decided)
   * @param tap sees each row in file order; lanes then take turns on this thread
   */
  LaneRunner(
      TableReader.Lanes lanes,
      Row.Context context,
      Problems problems,
      InputFile file,
      Header header,
      FileMapping mapping,
      TableReader.RowTap tap) {
    this.problems = problems;
    this.tap = tap;
    this.file = file;
    this.header = header;
    String key = lanes.keyColumn();
    boolean keyRewritten =
        header.constant(key) != null || (mapping != null && mapping.values().containsKey(key));
    this.keyIndex = keyRewritten ? -1 : header.indexOf(key);
    for (int i = 0; i < LANES; i++) {
      Problems log = problems.forLane();
      logs.add(log);
      contexts.add(context.forLane(log));
      handlers.add(lanes.lane(i));
    }
    this.mayThread = tap == null && lanes.concurrent() && ReadThreads.count() >= THREADS_FOR_LANES;
  }

  /** The lane of a row: a hash of its key's stripped text (rows without one go to lane 0). */
  private int laneOf(List<String> values) {
    if (keyIndex < 0 || keyIndex >= values.size()) {
      return 0;
    }
    String v = values.get(keyIndex);
    if (v == null) {
      return 0;
    }
    int h = v.strip().hashCode();
    return ((h ^ (h >>> 16)) & 0x7fffffff) % LANES;
  }

  void row(List<String> values, int number) {
    int lane = laneOf(values);
    if (worker == null && mayThread && ++rows > ROWS_BEFORE_THREAD) {
      worker = new Worker(1);
      pending = new Chunk();
      worker.start();
    }
    if (worker == null || lane == 0) {
      boolean rejectedRow = judge(lane, values, number);
      if (tap != null) {
        tap.row(file, header, values, rejectedRow);
      }
      return;
    }
    Chunk c = pending;
    c.values.add(values);
    c.numbers[c.count++] = number;
    if (c.count == Chunk.SIZE) {
      worker.put(c);
      pending = new Chunk();
    }
  }

  /** Judges one row in its lane; true when rejected. */
  private boolean judge(int lane, List<String> values, int number) {
    Row row = new Row(contexts.get(lane), values, number);
    handlers.get(lane).accept(row);
    if (row.rejected()) {
      rejected[lane]++;
      return true;
    }
    return false;
  }

  /**
   * Waits for the lanes to judge every row handed over (also when the read failed part-way, so what
   * was read counts as it would on one thread), then adds their problems in row order.
   *
   * @return how many rows the lanes rejected
   */
  long finish() throws InterruptedIOException {
    Throwable failure = null;
    if (worker != null) {
      boolean interrupted = false;
      try {
        if (pending.count > 0) {
          worker.put(pending);
        }
        worker.put(Chunk.END);
      } catch (java.util.concurrent.CancellationException e) {
        interrupted = true;
        worker.interrupt();
      }
      try {
        worker.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
      failure = worker.failure;
      if (interrupted) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading " + file.name());
      }
    }
    problems.absorb(logs);
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    long sum = 0;
    for (long r : rejected) {
      sum += r;
    }
    return sum;
  }

  /** Rows handed to a lane's thread together (a small bounded queue keeps memory flat). */
  private static final class Chunk {
    static final int SIZE = 1024;
    static final Chunk END = new Chunk();

    final List<List<String>> values = new ArrayList<>(SIZE);

    final int[] numbers = new int[SIZE];
    int count;
  }

  /** One lane's thread: judges its chunks in order until the end. */
  private final class Worker extends Thread {
    private final int lane;
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(4);
    private Throwable failure;

    Worker(int lane) {
      super("kpi-lane-" + lane);
      this.lane = lane;
      setDaemon(true);
    }

    /** Hands a chunk over; interrupted (never, from the command line), the read is cancelled. */
    void put(Chunk c) {
      try {
        queue.put(c);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.util.concurrent.CancellationException(
            "interrupted while reading " + file.name());
      }
    }

    @Override
    public void run() {
      try {
        while (true) {
          Chunk c = queue.take();
          if (c == Chunk.END) {
            return;
          }
          if (failure != null) {
            continue; // keep taking, so the reading thread is never left waiting
          }
          try {
            for (int r = 0; r < c.count; r++) {
              judge(lane, c.values.get(r), c.numbers[r]);
            }
          } catch (RuntimeException | Error e) {
            failure = e;
          }
        }
      } catch (InterruptedException e) {
        // the reading thread gave up
      }
    }
  }
}
