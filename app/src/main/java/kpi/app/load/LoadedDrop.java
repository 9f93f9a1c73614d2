package kpi.app.load;

import java.util.List;
import kpi.app.read.FileSummary;
import kpi.app.read.Problems;
import kpi.core.measure.DataSet;

/** What a data drop held once read: the aggregated data, the files read and their problems. */
public record LoadedDrop(DataSet data, List<FileSummary> inputs, Problems problems) {
  public LoadedDrop {
    inputs = List.copyOf(inputs);
  }

  /** Rows rejected across all files. */
  public long rejectedRows() {
    return inputs.stream().mapToLong(FileSummary::rowsRejected).sum();
  }
}
