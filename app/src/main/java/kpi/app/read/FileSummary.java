package kpi.app.read;

/**
 * What was read from one input file. {@code rowsRead = rowsAccepted + rowsRejected}. Immutable.
 *
 * @param file the name relative to the data drop, with forward slashes
 * @param notes how the file was read, when that was not the plain layout (the sheet chosen, a
 *     header found below a title block, a decimal comma, a mapping), one sentence each
 */
public record FileSummary(
    String kind,
    String file,
    String sha256,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    java.util.List<String> notes) {

  /** A summary with nothing to say about how the file was read. */
  public FileSummary(
      String kind,
      String file,
      String sha256,
      long rowsRead,
      long rowsAccepted,
      long rowsRejected) {
    this(kind, file, sha256, rowsRead, rowsAccepted, rowsRejected, java.util.List.of());
  }

  public FileSummary {
    notes = notes == null ? java.util.List.of() : java.util.List.copyOf(notes);
    if (rowsRead != rowsAccepted + rowsRejected) {
      throw new IllegalArgumentException(
          "rows do not reconcile for "
              + file
              + ": "
              + rowsRead
              + " read, "
              + rowsAccepted
              + " accepted, "
              + rowsRejected
              + " rejected");
    }
  }
}
