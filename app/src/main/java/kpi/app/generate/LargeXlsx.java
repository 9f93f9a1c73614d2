package kpi.app.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.SplittableRandom;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The large drop as a streamed XLSX (SXSSF keeps 100 rows in memory). */
final class LargeXlsx {
  private LargeXlsx() {}

  static void write(OutputStream out, long rows, long people, long seed, SplittableRandom r)
      throws IOException {
    if (rows > 1_048_575) {
      throw new IllegalArgumentException("an XLSX sheet holds at most 1,048,575 data rows");
    }
    // A shared-strings table, as Excel itself writes (SXSSF defaults to inline strings).
    SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true);
    wb.setCompressTempFiles(true);
    try {
      SXSSFSheet s = wb.createSheet("neet-tracking");
      String[] header = {
        "person_id",
        "snapshot_date",
        "date_of_birth",
        "district",
        "activity_code",
        "send",
        "looked_after",
        "care_leaver",
        "gender"
      };
      var h = s.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      int n = 1;
      for (int m = 0; n <= rows; m++) {
        String date = YearMonth.of(2016, 9).plusMonths(m).atEndOfMonth().toString();
        for (long p = 0; p < people && n <= rows; p++) {
          String[] f =
              LargeDropGenerator.line(p, date, new SplittableRandom(seed * 31 + p), r)
                  .strip()
                  .split(",", -1);
          var row = s.createRow(n++);
          for (int i = 0; i < f.length; i++) {
            if (i == 4) {
              row.createCell(i).setCellValue(Integer.parseInt(f[i]));
            } else {
              row.createCell(i).setCellValue(f[i]);
            }
          }
        }
      }
      wb.write(out);
    } finally {
      wb.close(); // also deletes the temporary files (dispose() is deprecated)
    }
  }
}
