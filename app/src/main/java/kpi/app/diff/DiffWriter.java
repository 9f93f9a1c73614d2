package kpi.app.diff;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a diff report in one format. */
public interface DiffWriter {
  void write(DiffReport report, OutputStream out) throws IOException;
}
