package kpi.app.write;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a scorecard in one format. Output depends only on the report: same report, same bytes. */
public interface ScorecardWriter {
  void write(ScorecardReport report, OutputStream out) throws IOException;
}
