package kpi.app.read;

/**
 * What was read from one input file. {@code rowsRead = rowsAccepted + rowsRejected}. Immutable.
 *
 * @param file the name relative to the data drop, with forward slashes
 */
public record FileSummary(String kind, String file, String sha256, long rowsRead,
    long rowsAccepted, long rowsRejected) {
  public FileSummary {
    if (rowsRead != rowsAccepted + rowsRejected) {
      throw new IllegalArgumentException("rows do not reconcile for " + file + ": " + rowsRead
          + " read, " + rowsAccepted + " accepted, " + rowsRejected + " rejected");
    }
  }
}
