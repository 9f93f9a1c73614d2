package kpi.app.validate;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a validation report in one format. */
public interface ValidationWriter {
  void write(ValidationReport report, OutputStream out) throws IOException;
}
